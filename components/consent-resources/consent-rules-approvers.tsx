"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useController, useFormContext } from "react-hook-form";
import { InputField } from "@/components/forms/input-field";
import { Notice } from "@/components/ui/notice";
import { ALTINN2_ROLES_END, APPROVER_ROLE_OPTIONS, altinn2Roles } from "@/lib/consent-rules/approver-roles";
import { DEFAULT_APPROVER_ROLES } from "@/lib/consent-resources/definition-values";
import { CheckboxGroup } from "./checkbox-group";
import type { TDefinitionForm } from "./definition-form-types";
import { useAccessPackages } from "./use-access-packages";

type TName = { nb: string; nn: string; en: string };
const LIST_CLASS = "max-h-64 space-y-1 overflow-y-auto rounded border border-slate-200 p-2";

/** A role's or package's name in the reader's language, its code, and a tag (e.g. "Altinn 2"). */
function CodeLabel(props: { name: TName; code: string; tag?: string }) {
  // next-intl's locale is the formatting one (en-GB, nb-x-nn: lib/platform/i18n/locales.ts); Altinn names by language.
  const locale = useLocale();
  const language: keyof TName = locale.startsWith("en") ? "en" : locale.endsWith("nn") ? "nn" : "nb";
  return (
    <>
      {props.name[language]} <code className="text-xs text-slate-600">{props.code}</code>
      {props.tag && (
        <>
          {" "}
          <span className="rounded bg-amber-100 px-1 text-xs text-amber-900">{props.tag}</span>
        </>
      )}
    </>
  );
}

/** Who may give consent: roles (Altinn 2 ones marked and warned about) and Altinn's access packages. */
export function ConsentRulesApprovers() {
  const t = useTranslations("consentRules.approvers");
  const { control } = useFormContext<TDefinitionForm>();
  const roles = useController({ control, name: "approverRoles" }).field.value ?? [...DEFAULT_APPROVER_ROLES];
  const packages = useController({ control, name: "approverAccessPackages" }).field.value ?? [];
  const [filter, setFilter] = useState("");
  const [filterUsed, setFilterUsed] = useState(false);
  const accessPackages = useAccessPackages(filterUsed || packages.length > 0);
  const needle = filter.trim().toLowerCase();
  // The chosen packages, and those the filter finds (all 200-odd at once would bury the choice).
  const shown = (accessPackages ?? []).filter(
    (p) =>
      packages.includes(p.code) ||
      (needle && [p.code, p.name.nb, p.name.nn, p.name.en].some((v) => v.toLowerCase().includes(needle))),
  );
  const old = altinn2Roles(roles);
  return (
    <fieldset className="space-y-3">
      <legend className="font-semibold">{t("legend")}</legend>
      <p className="text-sm text-slate-600">{t("none")}</p>
      <CheckboxGroup
        name="approverRoles"
        legend={t("roles")}
        fallback={DEFAULT_APPROVER_ROLES}
        className={LIST_CLASS}
        options={APPROVER_ROLE_OPTIONS.map((role) => ({
          value: role.code,
          label: <CodeLabel name={role.name} code={role.code} tag={role.altinn2 ? t("altinn2Tag") : undefined} />,
        }))}
      />
      {old.length > 0 && (
        <Notice data-testid="altinn2-warning">
          {t("altinn2", { date: new Date(`${ALTINN2_ROLES_END}T12:00:00Z`), roles: old.join(", ") })}
        </Notice>
      )}
      <InputField
        id="access-package-filter"
        label={t("filter")}
        hint={t("chosen", { count: packages.length })}
        type="search"
        value={filter}
        onFocus={() => setFilterUsed(true)}
        onChange={(event) => {
          setFilterUsed(true);
          setFilter(event.target.value);
        }}
      />
      {shown.length > 0 && (
        <CheckboxGroup
          name="approverAccessPackages"
          legend={t("packages")}
          className={LIST_CLASS}
          options={shown.map((p) => ({ value: p.code, label: <CodeLabel name={p.name} code={p.code} /> }))}
        />
      )}
    </fieldset>
  );
}
