"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { loadOnDemand, OpenOnDemand } from "@/components/ui/open-on-demand";
import { linkAccessListAction, unlinkAccessListAction } from "@/lib/access-lists/access-list-actions";
import { Section } from "@/components/ui/section";
import type { TLinkableResource as TResource } from "./link-resource-form";

// The choice of a resource to link is not the page's first purpose: its form's code loads when opened.
const linkForm = loadOnDemand(() => import("./link-resource-form").then((m) => m.LinkResourceForm));

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
  const tOpen = useTranslations("accessLists.open");
  const { error, success, pending, submit } = useActionSubmit();
  const base = { orgNumber: props.orgNumber, accessListId: props.accessListId };

  const link = async (resource: TResource) =>
    (
      await submit(linkAccessListAction, { ...base, resourceId: resource.id }, (data) =>
        t(data.policyChangeId ? "linkedPolicy" : "linked", { identifier: resource.identifier }),
      )
    ).ok;
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
        <OpenOnDemand label={tOpen("linkResource")} loadingLabel={tOpen("loading")} preload={linkForm.preload}>
          <linkForm.Component
            available={props.available}
            production={props.production}
            pending={pending}
            onLink={link}
          />
        </OpenOnDemand>
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
