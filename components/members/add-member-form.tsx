"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FieldError } from "@/components/forms/field-error";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { addMemberAction } from "@/lib/actions/member-actions";
import { ROLES } from "@/lib/organisations/roles";
import { ZAddMember, type TAddMember } from "@/lib/organisations/schemas";

export function AddMemberForm({ orgNumber }: { orgNumber: string }) {
  const t = useTranslations("members.add");
  const tRoles = useTranslations("layout.roles");
  const router = useRouter();
  const [success, setSuccess] = useState<string | null>(null);
  const form = useForm<TAddMember>({
    resolver: zodResolver(ZAddMember),
    defaultValues: { orgNumber, nationalIdentityNumber: "", role: "VIEWER" },
  });
  const { errors, isSubmitting } = form.formState;
  const { error, submit } = useActionSubmit(form.setError);

  const onSubmit = form.handleSubmit(async (values) => {
    setSuccess(null);
    await submit(addMemberAction, values, () => {
      setSuccess(t("added"));
      form.reset({ orgNumber, nationalIdentityNumber: "", role: values.role });
      router.refresh();
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4 rounded border border-slate-200 bg-white p-4">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <TextField
        id="nationalIdentityNumber"
        label={t("nationalIdentityNumber")}
        hint={t("nationalIdentityNumberHint")}
        error={errors.nationalIdentityNumber?.message}
        registration={form.register("nationalIdentityNumber")}
        inputProps={{ inputMode: "numeric", autoComplete: "off" }}
      />
      <div>
        <label htmlFor="role" className="block text-sm font-medium">
          {t("role")}
        </label>
        <select id="role" className="mt-1 rounded border border-slate-400 px-3 py-2" {...form.register("role")}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {tRoles(role)}
            </option>
          ))}
        </select>
        <FieldError id="role-error" message={errors.role?.message} />
      </div>
      <FormStatus error={error} success={success} />
      <SubmitButton pending={isSubmitting} label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
