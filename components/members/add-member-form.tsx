"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { FieldError } from "@/components/forms/field-error";
import { FormStatus } from "@/components/forms/form-status";
import { TextField } from "@/components/forms/text-field";
import { addMemberAction } from "@/lib/actions/member-actions";
import type { TActionError } from "@/lib/errors/action-result";
import { ROLES } from "@/lib/organisations/roles";
import { ZAddMember, type TAddMember } from "@/lib/organisations/schemas";

export function AddMemberForm({ orgNumber }: { orgNumber: string }) {
  const t = useTranslations("members.add");
  const tRoles = useTranslations("layout.roles");
  const router = useRouter();
  const [error, setError] = useState<TActionError | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const form = useForm<TAddMember>({
    resolver: zodResolver(ZAddMember),
    defaultValues: { orgNumber, nationalIdentityNumber: "", role: "VIEWER" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setSuccess(null);
    const result = await addMemberAction(values);
    if (!result.ok) {
      setError(result.error);
      applyServerErrors(result.error, form.setError);
      return;
    }
    setError(null);
    setSuccess(t("added"));
    form.reset({ orgNumber, nationalIdentityNumber: "", role: values.role });
    router.refresh();
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
      <button
        type="submit"
        disabled={isSubmitting}
        className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
