"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SelectField } from "@/components/forms/select-field";
import { ProductionSubmit } from "@/components/forms/production-submit";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { linkAccessListAction, unlinkAccessListAction } from "@/lib/access-lists/access-list-actions";
import { Section } from "@/components/ui/section";

type TResource = { id: string; identifier: string };

/**
 * Links the list to the organisation's consent resources (members may then request consent), and unlinks. Linking
 * to or unlinking from a resource published restricted to access lists also updates its policy (the action says so).
 * In production both say what changes there and ask first (issue 16.3); in test they act at once.
 */
export function ResourceLinksPanel(props: {
  orgNumber: string;
  accessListId: string;
  environmentName: string;
  production: boolean;
  linked: TResource[];
  available: TResource[];
  canEdit: boolean;
}) {
  const t = useTranslations("accessLists.links");
  const tProduction = useTranslations("accessLists.production");
  const [resourceId, setResourceId] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>();
  const { error, success, pending, submit } = useActionSubmit();
  const base = { orgNumber: props.orgNumber, accessListId: props.accessListId };

  const chosen = props.available.find((candidate) => candidate.id === resourceId);
  const link = (event?: FormEvent) => {
    event?.preventDefault();
    const resource = chosen;
    if (!resource) return setFieldError(t("choose"));
    setFieldError(undefined);
    void submit(linkAccessListAction, { ...base, resourceId }, (data) => {
      setResourceId("");
      return t(data.policyChangeId ? "linkedPolicy" : "linked", { identifier: resource.identifier });
    });
  };
  const unlink = (resource: TResource) =>
    void submit(unlinkAccessListAction, { ...base, resourceId: resource.id }, (data) =>
      t(data.policyChangeId ? "unlinkedPolicy" : "unlinked", { identifier: resource.identifier }),
    );

  return (
    <Section headingId="links-heading" title={t("title")} card className="max-w-3xl space-y-3">
      <p className="text-sm text-slate-700">{t("intro", { environment: props.environmentName })}</p>
      {props.linked.length === 0 ? (
        <p className="text-slate-700">{t("none")}</p>
      ) : (
        <ul className="space-y-1" data-testid="linked-resources">
          {props.linked.map((resource) => (
            <li key={resource.id} className="flex items-center gap-3">
              <span className="font-mono">{resource.identifier}</span>
              {props.canEdit && (
                <UnlinkButton
                  identifier={resource.identifier}
                  production={props.production}
                  pending={pending}
                  onUnlink={() => unlink(resource)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {props.canEdit && props.available.length === 0 && props.linked.length === 0 && (
        <p className="text-sm text-slate-600">{t("noResources")}</p>
      )}
      {props.canEdit && props.available.length > 0 && (
        <form onSubmit={link} noValidate className="flex flex-wrap items-end gap-2">
          <SelectField
            id="link-resource"
            label={t("resource")}
            className="min-w-0 max-w-full"
            error={fieldError}
            value={resourceId}
            onChange={(event) => setResourceId(event.target.value)}
          >
            <option value="">{t("choose")}</option>
            {props.available.map((resource) => (
              <option key={resource.id} value={resource.id}>
                {resource.identifier}
              </option>
            ))}
          </SelectField>
          <div className={fieldError ? "mb-7" : undefined}>
            <ProductionSubmit
              production={props.production}
              pending={pending}
              label={t("link")}
              title={tProduction("confirmTitle")}
              summary={t("linkSummary", { identifier: chosen?.identifier ?? t("choose") })}
              confirmLabel={tProduction("confirm")}
              cancelLabel={tProduction("cancel")}
              onConfirm={() => link()}
            />
          </div>
        </form>
      )}
      <FormStatus error={error} success={success} compact />
    </Section>
  );
}

/** Unlinks one resource: at once in test; in production after saying what its members lose there. */
function UnlinkButton(props: { identifier: string; production: boolean; pending: boolean; onUnlink: () => void }) {
  const t = useTranslations("accessLists.links");
  const tProduction = useTranslations("accessLists.production");
  const label = t("unlinkResource", { identifier: props.identifier });
  if (!props.production)
    return (
      <Button size="xs" pending={props.pending} onClick={props.onUnlink} aria-label={label}>
        {t("unlink")}
      </Button>
    );
  return (
    <ConfirmDialog
      trigger={t("unlink")}
      triggerAriaLabel={label}
      triggerSize="xs"
      keepTriggerEnabled
      pending={props.pending}
      title={tProduction("confirmTitle")}
      description={<p data-testid="production-summary">{t("unlinkSummary", { identifier: props.identifier })}</p>}
      cancelLabel={tProduction("cancel")}
      confirmLabel={tProduction("confirm")}
      onConfirm={props.onUnlink}
    />
  );
}
