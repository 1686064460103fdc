"use client";

import { useTranslations } from "next-intl";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { registerOrganisationAction } from "@/lib/organisations/organisation-actions";
import type { TRegisterOrganisation } from "@/lib/organisations/schemas";

const EMPTY: TRegisterOrganisation = {
  orgNumber: "",
  name: "",
  orgCode: "",
  scopePrefix: "",
  firstAdminNationalIdentityNumber: "",
};

export function RegisterOrganisationForm() {
  const t = useTranslations("admin.register");
  const { form, errors, isSubmitting, error, success, submitAndReset } = useActionForm(
    () => import("@/lib/organisations/schemas").then((m) => m.ZRegisterOrganisation),
    EMPTY,
  );

  const onSubmit = submitAndReset(registerOrganisationAction, (values) => t("registered", { name: values.name }));

  const field = (name: keyof TRegisterOrganisation, extra: { hint?: string; numeric?: boolean } = {}) => (
    <TextField
      id={`register-${name}`}
      label={t(`fields.${name}`)}
      hint={extra.hint}
      error={errors[name]?.message}
      registration={form.register(name)}
      inputProps={{ autoComplete: "off", inputMode: extra.numeric ? "numeric" : undefined }}
    />
  );

  return (
    <FormCard onSubmit={onSubmit} className="max-w-xl space-y-4" title={t("title")}>
      {field("orgNumber", { numeric: true })}
      {field("name")}
      {field("orgCode", { hint: t("serviceOwnerOnly") })}
      {field("scopePrefix", { hint: t("serviceOwnerOnly") })}
      {field("firstAdminNationalIdentityNumber", { numeric: true })}
      <FormStatus error={error} success={success} />
      <SubmitButton pending={isSubmitting} label={t("submit")} />
    </FormCard>
  );
}
