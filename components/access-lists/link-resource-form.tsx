"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { SelectField } from "@/components/forms/select-field";
import { ProductionSubmit } from "@/components/forms/production-submit";

export type TLinkableResource = { id: string; identifier: string };

/**
 * Chooses a consent resource to link the list to (resource-links-panel.tsx opens it on demand and sends the link, so
 * the panel's one outcome line tells both links and unlinks). In production it says what changes there and asks first.
 */
export function LinkResourceForm(props: {
  available: TLinkableResource[];
  production: boolean;
  pending: boolean;
  /** Sends the link; resolves true once linked, so the choice is cleared. */
  onLink: (resource: TLinkableResource) => Promise<boolean>;
}) {
  const t = useTranslations("accessLists.links");
  const tProduction = useTranslations("accessLists.production");
  const [resourceId, setResourceId] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>();
  const chosen = props.available.find((candidate) => candidate.id === resourceId);

  const link = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!chosen) return setFieldError(t("choose"));
    setFieldError(undefined);
    if (await props.onLink(chosen)) setResourceId("");
  };

  return (
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
          pending={props.pending}
          label={t("link")}
          title={tProduction("confirmTitle")}
          summary={t("linkSummary", { identifier: chosen?.identifier ?? t("choose") })}
          confirmLabel={tProduction("confirm")}
          cancelLabel={tProduction("cancel")}
          onConfirm={() => link()}
        />
      </div>
    </form>
  );
}
