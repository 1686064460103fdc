"use client";

import { useTranslations } from "next-intl";
import { useFormContext, useWatch } from "react-hook-form";
import type { TConsentTemplate } from "@/lib/consent-templates/consent-template-schema";
import { findTemplate, templatesForOwner } from "@/lib/consent-templates/templates-for-owner";
import type { TDefinitionForm } from "./definition-form-types";
import { FieldWarnings } from "./definition-warnings";
import { SelectField } from "@/components/forms/select-field";

export type TTemplateCatalogue = { templates: TConsentTemplate[]; stale: boolean } | null;

/**
 * The consent template, chosen from Altinn's catalogue: only templates this owner may use are offered (as in Altinn
 * Studio). A stored template that is not offered stays selectable, so opening a resource never changes it.
 */
export function ConsentTemplateField({
  catalogue,
  ownerOrgCode,
}: {
  catalogue: TTemplateCatalogue;
  ownerOrgCode: string | null;
}) {
  const t = useTranslations("consentResources.editor");
  const { register, control } = useFormContext<TDefinitionForm>();
  const current = useWatch({ control, name: "consentTemplate" }) ?? "";
  const offered = catalogue ? templatesForOwner(catalogue.templates, ownerOrgCode) : [];
  const chosen = catalogue ? findTemplate(catalogue.templates, current) : undefined;
  const currentOffered = offered.some((template) => template.id === current);
  return (
    <SelectField
      id="consentTemplate"
      label={t("consentTemplate")}
      hint={
        <>
          {catalogue ? t("consentTemplateHint") : t("templatesUnavailable")}
          {catalogue?.stale && ` ${t("templatesStale")}`}
        </>
      }
      describedBy="consentTemplate-details consentTemplate-warning"
      after={
        <>
          <ul id="consentTemplate-details" data-testid="template-details" className="mt-1 text-sm text-slate-700">
            {chosen && (
              <li>
                {chosen.version === null ? t("templateNoVersion") : t("templateVersion", { version: chosen.version })}
              </li>
            )}
            {chosen && <li>{chosen.isMessageSetInRequest ? t("templateMessageUsed") : t("templateMessageNotUsed")}</li>}
            {chosen?.isPoa && <li>{t("templatePoa")}</li>}
          </ul>
          <FieldWarnings id="consentTemplate-warning" field="consentTemplate" />
        </>
      }
      {...register("consentTemplate")}
      options={offered.map((template) => ({ value: template.id, label: `${template.title} (${template.id})` }))}
    >
      {!currentOffered && (
        <option value={current}>{catalogue ? t("templateNotOffered", { id: current || "–" }) : current || "–"}</option>
      )}
    </SelectField>
  );
}
