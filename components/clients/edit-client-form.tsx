"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormStatus } from "@/components/forms/form-status";
import { TextField } from "@/components/forms/text-field";
import { updateClientAction } from "@/lib/actions/client-actions";
import type { TClientListItem } from "@/lib/clients/list-clients";
import { ZClientFields } from "@/lib/clients/schemas";
import type { TActionError } from "@/lib/errors/action-result";

type TValues = { name: string; description: string; scopes: string };

/** Name, description and scopes of an existing client (scopes as full names, one list). */
export function EditClientForm({ orgNumber, client }: { orgNumber: string; client: TClientListItem }) {
  const t = useTranslations("clients.edit");
  const router = useRouter();
  const [error, setError] = useState<TActionError | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const form = useForm<TValues>({ defaultValues: { name: client.name, description: client.description, scopes: client.scopes.join(" ") } });
  const { errors, isSubmitting } = form.formState;
  const id = `edit-${client.id}`;

  const onSubmit = form.handleSubmit(async (values) => {
    setSuccess(null);
    // The same schema as the action, checked here first so errors show beside the fields before anything is sent.
    const fields = ZClientFields.safeParse({ ...values, scopes: values.scopes.split(/[\s,]+/).filter(Boolean) });
    if (!fields.success) {
      for (const issue of fields.error.issues) form.setError(issue.path[0] as keyof TValues, { message: issue.message });
      return;
    }
    const result = await updateClientAction({ orgNumber, clientId: client.id, ...fields.data });
    if (!result.ok) {
      setError(result.error);
      for (const [field, messages] of Object.entries(result.error.fieldErrors ?? {})) {
        form.setError((field.startsWith("scopes") ? "scopes" : field) as keyof TValues, { message: messages[0] });
      }
      return;
    }
    setError(null);
    setSuccess(t("saved"));
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("title", { name: client.name })}>
      <TextField id={`${id}-name`} label={t("name")} error={errors.name?.message} registration={form.register("name")} />
      <TextField id={`${id}-description`} label={t("description")} error={errors.description?.message} registration={form.register("description")} />
      <TextField id={`${id}-scopes`} label={t("scopes")} hint={t("scopesHint")} error={errors.scopes?.message} registration={form.register("scopes")} />
      <FormStatus error={error} success={success} />
      <button type="submit" disabled={isSubmitting} className="rounded bg-brand-600 px-3 py-1.5 text-white hover:bg-brand-700 disabled:opacity-60">
        {t("submit")}
      </button>
    </form>
  );
}
