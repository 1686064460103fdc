"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { AVAILABLE_FOR_TYPES, RESOURCE_STATUSES } from "@/lib/consent-resources/definition-values";
import { CheckboxGroup } from "./checkbox-group";
import type { TDefinitionForm } from "./definition-form-types";
import { FieldWarnings } from "./definition-warnings";
import { SelectField } from "@/components/forms/select-field";

/** Scopes, status, who the resource is for, and the access list mode. */
export function AccessFields({ orgNumber, scopeNames }: { orgNumber: string; scopeNames: string[] }) {
  const t = useTranslations("consentResources.editor");
  const tOptions = useTranslations("consentResources.options");
  const { register, getValues, formState } = useFormContext<TDefinitionForm>();
  // A referenced scope that is no longer listed (e.g. deactivated) stays visible so it can be unticked.
  const scopes = [...new Set([...scopeNames, ...(getValues("scopeReferences") ?? [])])];
  // The registry stores the status as free text; a stored one the editor does not offer stays as it is until changed.
  const storedStatus = formState.defaultValues?.status ?? "";
  const statusKnown = (RESOURCE_STATUSES as readonly string[]).includes(storedStatus);
  return (
    <fieldset className="space-y-4">
      <legend className="text-lg font-semibold">{t("access")}</legend>
      <CheckboxGroup
        name="scopeReferences"
        legend={t("scopesLegend")}
        hint={
          scopes.length ? (
            <p className="text-sm text-slate-600">{t("scopesHint")}</p>
          ) : (
            <p className="text-sm text-slate-700">
              {t("noScopes")}{" "}
              <Link href={`/orgs/${orgNumber}/scopes`} className="text-brand-700 underline">
                {t("noScopesLink")}
              </Link>
            </p>
          )
        }
        options={scopes.map((scope) => ({ value: scope, label: scope }))}
      />
      <CheckboxGroup
        name="availableForType"
        legend={t("availableForLegend")}
        options={AVAILABLE_FOR_TYPES.map((type) => ({ value: type, label: tOptions(`availableFor.${type}`) }))}
      />
      <FieldWarnings id="availableForType-warning" field="availableForType" />
      <SelectField
        id="status"
        label={t("status")}
        describedBy="status-warning"
        after={<FieldWarnings id="status-warning" field="status" />}
        {...register("status")}
        options={RESOURCE_STATUSES.map((status) => ({ value: status, label: tOptions(`statuses.${status}`) }))}
      >
        {!statusKnown && <option value={storedStatus}>{t("asStored", { value: storedStatus || "–" })}</option>}
      </SelectField>
      <SelectField
        id="accessListMode"
        label={t("accessListMode")}
        hint={t("accessListHint")}
        {...register("accessListMode")}
        options={(["Disabled", "Enabled"] as const).map((mode) => ({
          value: mode,
          label: tOptions(`accessListModes.${mode}`),
        }))}
      />
    </fieldset>
  );
}
