"use client";

import { useTranslations } from "next-intl";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { bindField, useActionForm } from "@/components/forms/use-action-form";
import { addMemberAction } from "@/lib/organisations/member-actions";
import { ROLES } from "@/lib/platform/auth/roles";

export function AddMemberForm({ orgNumber }: { orgNumber: string }) {
  const t = useTranslations("members.add");
  const tRoles = useTranslations("layout.roles");
  const { form, errors, isSubmitting, error, success, submit } = useActionForm(
    () => import("@/lib/organisations/schemas").then((m) => m.ZAddMember),
    {
      orgNumber,
      nationalIdentityNumber: "",
      role: "VIEWER",
    },
  );

  const onSubmit = form.handleSubmit((values) =>
    submit(addMemberAction, values, () => {
      form.reset({ orgNumber, nationalIdentityNumber: "", role: values.role });
      return t("added");
    }),
  );

  return (
    <FormCard onSubmit={onSubmit} className="max-w-xl space-y-4" title={t("title")}>
      <TextField
        id="nationalIdentityNumber"
        label={t("nationalIdentityNumber")}
        hint={t("nationalIdentityNumberHint")}
        {...bindField(form, "nationalIdentityNumber")}
        inputProps={{ inputMode: "numeric", autoComplete: "off" }}
      />
      <SelectField
        id="role"
        label={t("role")}
        error={errors.role?.message}
        {...form.register("role")}
        options={ROLES.map((role) => ({ value: role, label: tRoles(role) }))}
      />
      <FormStatus error={error} success={success} />
      <SubmitButton pending={isSubmitting} label={t("submit")} pendingLabel={t("submitting")} />
    </FormCard>
  );
}
