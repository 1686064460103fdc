"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { ZUpdateAccessList, type TUpdateAccessListInput } from "@/lib/access-lists/schemas";
import { updateAccessListAction } from "@/lib/actions/access-list-actions";

export function EditAccessListForm(props: { orgNumber: string; accessListId: string; name: string; description: string }) {
  const t = useTranslations("accessLists");
  const router = useRouter();
  const [success, setSuccess] = useState<string | null>(null);
  const form = useForm<TUpdateAccessListInput, unknown, z.output<typeof ZUpdateAccessList>>({
    resolver: zodResolver(ZUpdateAccessList),
    defaultValues: { orgNumber: props.orgNumber, accessListId: props.accessListId, name: props.name, description: props.description },
  });
  const { errors, isSubmitting } = form.formState;
  const { error, submit } = useActionSubmit(form.setError);

  const onSubmit = form.handleSubmit(async (values) => {
    setSuccess(null);
    await submit(updateAccessListAction, values, () => {
      setSuccess(t("edit.saved"));
      router.refresh();
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="edit-list-heading" className="max-w-2xl space-y-4 rounded border border-slate-200 bg-white p-4">
      <h2 id="edit-list-heading" className="text-lg font-semibold">
        {t("edit.title")}
      </h2>
      <TextField id="edit-list-name" label={t("create.name")} error={errors.name?.message} registration={form.register("name")} />
      <TextField id="edit-list-description" label={t("create.description")} error={errors.description?.message} registration={form.register("description")} />
      <FormStatus error={error} success={success} />
      <SubmitButton pending={isSubmitting} label={t("edit.submit")} pendingLabel={t("edit.submitting")} />
    </form>
  );
}
