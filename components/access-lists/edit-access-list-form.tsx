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
import { ZUpdateAccessList, type TUpdateAccessListInput } from "@/lib/access-lists/schemas";
import { updateAccessListAction } from "@/lib/actions/access-list-actions";
import type { TActionError } from "@/lib/errors/action-result";

export function EditAccessListForm(props: { orgNumber: string; accessListId: string; name: string; description: string }) {
  const t = useTranslations("accessLists");
  const router = useRouter();
  const [error, setError] = useState<TActionError | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const form = useForm<TUpdateAccessListInput, unknown, z.output<typeof ZUpdateAccessList>>({
    resolver: zodResolver(ZUpdateAccessList),
    defaultValues: { orgNumber: props.orgNumber, accessListId: props.accessListId, name: props.name, description: props.description },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setSuccess(null);
    const result = await updateAccessListAction(values);
    if (!result.ok) {
      setError(result.error);
      applyServerErrors(result.error, form.setError);
      return;
    }
    setError(null);
    setSuccess(t("edit.saved"));
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="edit-list-heading" className="max-w-2xl space-y-4 rounded border border-slate-200 bg-white p-4">
      <h2 id="edit-list-heading" className="text-lg font-semibold">
        {t("edit.title")}
      </h2>
      <TextField id="edit-list-name" label={t("create.name")} error={errors.name?.message} registration={form.register("name")} />
      <TextField id="edit-list-description" label={t("create.description")} error={errors.description?.message} registration={form.register("description")} />
      <FormStatus error={error} success={success} />
      <button type="submit" disabled={isSubmitting} className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {isSubmitting ? t("edit.submitting") : t("edit.submit")}
      </button>
    </form>
  );
}
