"use client";

import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { updateClientAction } from "@/lib/clients/client-actions";
import type { TClientListItem } from "@/lib/clients/list-clients";
import { ZClientFields } from "@/lib/clients/schemas";
import { afterVersionedSave } from "@/components/forms/after-versioned-save";

// `version` is the client's saved version (lib/scopes/optimistic-edit.ts): not a field, sent with the save.
type TValues = { name: string; description: string; scopes: string; version: number };

// The server's errors for single scopes (`scopes.0`) go beside the one scopes field.
const fieldName = (field: string) => (field.startsWith("scopes") ? "scopes" : (field as keyof TValues));

/** Name, description and scopes of an existing client (scopes as full names, one list). */
export function EditClientForm({ orgNumber, client }: { orgNumber: string; client: TClientListItem }) {
  const t = useTranslations("clients.edit");
  const form = useForm<TValues>({
    defaultValues: {
      name: client.name,
      description: client.description,
      scopes: client.scopes.join(" "),
      version: client.version,
    },
  });
  const { errors, isSubmitting } = form.formState;
  const { error, success, submit } = useActionSubmit(form.setError, { fieldName });
  const id = `edit-${client.id}`;

  const onSubmit = form.handleSubmit(async (values) => {
    // The same schema as the action, checked here first so errors show beside the fields before anything is sent.
    const fields = ZClientFields.safeParse({ ...values, scopes: values.scopes.split(/[\s,]+/).filter(Boolean) });
    if (!fields.success) {
      for (const issue of fields.error.issues)
        form.setError(fieldName(String(issue.path[0])), { message: issue.message });
      return;
    }
    const input = { orgNumber, clientId: client.id, version: values.version, ...fields.data };
    await submit(updateClientAction, input, afterVersionedSave(form.reset, values, t("saved")));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("title", { name: client.name })}>
      <TextField
        id={`${id}-name`}
        label={t("name")}
        error={errors.name?.message}
        registration={form.register("name")}
      />
      <TextField
        id={`${id}-description`}
        label={t("description")}
        error={errors.description?.message}
        registration={form.register("description")}
      />
      <TextField
        id={`${id}-scopes`}
        label={t("scopes")}
        hint={t("scopesHint")}
        error={errors.scopes?.message}
        registration={form.register("scopes")}
      />
      <FormStatus error={error} success={success} />
      <SubmitButton pending={isSubmitting} label={t("submit")} size="sm" />
    </form>
  );
}
