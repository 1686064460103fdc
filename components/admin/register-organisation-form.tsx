"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { registerOrganisationAction } from "@/lib/actions/organisation-actions";
import { ZRegisterOrganisation, type TRegisterOrganisation } from "@/lib/organisations/schemas";
import type { z } from "zod";

const EMPTY: TRegisterOrganisation = { orgNumber: "", name: "", orgCode: "", scopePrefix: "", firstAdminNationalIdentityNumber: "" };

export function RegisterOrganisationForm() {
  const t = useTranslations("admin.register");
  const router = useRouter();
  const [success, setSuccess] = useState<string | null>(null);
  const form = useForm<TRegisterOrganisation, unknown, z.output<typeof ZRegisterOrganisation>>({ resolver: zodResolver(ZRegisterOrganisation), defaultValues: EMPTY });
  const { errors, isSubmitting } = form.formState;
  const { error, submit } = useActionSubmit(form.setError);

  const onSubmit = form.handleSubmit(async (values) => {
    setSuccess(null);
    await submit(registerOrganisationAction, values, () => {
      setSuccess(t("registered", { name: values.name }));
      form.reset(EMPTY);
      router.refresh();
    });
  });

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
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4 rounded border border-slate-200 bg-white p-4">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      {field("orgNumber", { numeric: true })}
      {field("name")}
      {field("orgCode", { hint: t("serviceOwnerOnly") })}
      {field("scopePrefix", { hint: t("serviceOwnerOnly") })}
      {field("firstAdminNationalIdentityNumber", { numeric: true })}
      <FormStatus error={error} success={success} />
      <SubmitButton pending={isSubmitting} label={t("submit")} />
    </form>
  );
}
