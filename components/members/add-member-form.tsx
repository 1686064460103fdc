"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { addMemberAction } from "@/lib/organisations/member-actions";
import { ROLES } from "@/lib/platform/auth/roles";
import { ZAddMember, type TAddMember } from "@/lib/organisations/schemas";

export function AddMemberForm({ orgNumber }: { orgNumber: string }) {
  const t = useTranslations("members.add");
  const tRoles = useTranslations("layout.roles");
  const form = useForm<TAddMember>({
    resolver: zodResolver(ZAddMember),
    defaultValues: { orgNumber, nationalIdentityNumber: "", role: "VIEWER" },
  });
  const { errors, isSubmitting } = form.formState;
  const { error, success, submit } = useActionSubmit(form.setError);

  const onSubmit = form.handleSubmit((values) =>
    submit(addMemberAction, values, () => {
      form.reset({ orgNumber, nationalIdentityNumber: "", role: values.role });
      return t("added");
    }),
  );

  return (
    <FormCard onSubmit={onSubmit} className="max-w-xl space-y-4">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <TextField
        id="nationalIdentityNumber"
        label={t("nationalIdentityNumber")}
        hint={t("nationalIdentityNumberHint")}
        error={errors.nationalIdentityNumber?.message}
        registration={form.register("nationalIdentityNumber")}
        inputProps={{ inputMode: "numeric", autoComplete: "off" }}
      />
      <SelectField id="role" label={t("role")} error={errors.role?.message} {...form.register("role")}>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {tRoles(role)}
          </option>
        ))}
      </SelectField>
      <FormStatus error={error} success={success} />
      <SubmitButton pending={isSubmitting} label={t("submit")} pendingLabel={t("submitting")} />
    </FormCard>
  );
}
