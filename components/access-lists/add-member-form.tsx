"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { FormStatus } from "@/components/forms/form-status";
import { TextField } from "@/components/forms/text-field";
import { ZAddMember, type TAddMemberInput } from "@/lib/access-lists/schemas";
import { addAccessListMemberAction } from "@/lib/actions/access-list-actions";
import type { TActionError } from "@/lib/errors/action-result";

export function AddMemberForm(props: { orgNumber: string; accessListId: string }) {
  const t = useTranslations("accessLists.add");
  const router = useRouter();
  const [error, setError] = useState<TActionError | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const empty: TAddMemberInput = { orgNumber: props.orgNumber, accessListId: props.accessListId, memberOrgNumber: "" };
  const form = useForm<TAddMemberInput, unknown, z.output<typeof ZAddMember>>({ resolver: zodResolver(ZAddMember), defaultValues: empty });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setSuccess(null);
    const result = await addAccessListMemberAction(values);
    if (!result.ok) {
      setError(result.error);
      applyServerErrors(result.error, form.setError);
      return;
    }
    setError(null);
    const key = result.data.added.length > 0 ? "added" : "alreadyMember";
    setSuccess(t(key, { orgNumber: values.memberOrgNumber }));
    form.reset(empty);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="add-member-heading" className="space-y-3 rounded border border-slate-200 bg-white p-4">
      <h3 id="add-member-heading" className="font-semibold">
        {t("title")}
      </h3>
      <TextField
        id="member-org-number"
        label={t("orgNumber")}
        error={errors.memberOrgNumber?.message}
        registration={form.register("memberOrgNumber")}
        inputProps={{ inputMode: "numeric", autoComplete: "off" }}
      />
      <FormStatus error={error} success={success} />
      <button type="submit" disabled={isSubmitting} className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
