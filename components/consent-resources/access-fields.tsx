"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { AVAILABLE_FOR_TYPES, RESOURCE_STATUSES } from "@/lib/consent-resources/resource-definition-schema";
import { CheckboxGroup } from "./checkbox-group";
import type { TDefinitionForm } from "./definition-form-types";

/** Scopes, status, who the resource is for, and the access list mode. */
export function AccessFields({ orgNumber, scopeNames }: { orgNumber: string; scopeNames: string[] }) {
  const t = useTranslations("consentResources.editor");
  const tOptions = useTranslations("consentResources.options");
  const { register, getValues } = useFormContext<TDefinitionForm>();
  // A referenced scope that is no longer listed (e.g. deactivated) stays visible so it can be unticked.
  const scopes = [...new Set([...scopeNames, ...(getValues("scopeReferences") ?? [])])];
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
      <div>
        <label htmlFor="status" className="block text-sm font-medium">
          {t("status")}
        </label>
        <select id="status" className="mt-1 rounded border border-slate-400 px-3 py-2" {...register("status")}>
          {RESOURCE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {tOptions(`statuses.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="accessListMode" className="block text-sm font-medium">
          {t("accessListMode")}
        </label>
        <select id="accessListMode" aria-describedby="accessListMode-hint" className="mt-1 rounded border border-slate-400 px-3 py-2" {...register("accessListMode")}>
          {(["Disabled", "Enabled"] as const).map((mode) => (
            <option key={mode} value={mode}>
              {tOptions(`accessListModes.${mode}`)}
            </option>
          ))}
        </select>
        <p id="accessListMode-hint" className="mt-1 text-sm text-slate-600">
          {t("accessListHint")}
        </p>
      </div>
    </fieldset>
  );
}
