"use client";

import { useTranslations } from "next-intl";
import { useParams } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { FormStatus } from "@/components/forms/form-status";
import { lengthNoteProps } from "@/components/forms/length-note";
import { ProductionSubmit } from "@/components/forms/production-submit";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { updateClientAction } from "@/lib/clients/client-actions";
import type { TClientListItem } from "@/lib/clients/list-clients";
import { ZClientFields } from "@/lib/clients/schemas";
import { CLIENT_LIMITS } from "@/lib/clients/client-field-limits";
import { afterVersionedSave } from "@/components/forms/after-versioned-save";

// `version` is the client's saved version (lib/scopes/optimistic-edit.ts): not a field, sent with the save.
type TValues = { name: string; description: string; scopes: string; version: number };

// The server's errors for single scopes (`scopes.0`) go beside the one scopes field.
const fieldName = (field: string) => (field.startsWith("scopes") ? "scopes" : (field as keyof TValues));

/**
 * Name, description and scopes of an existing client (scopes as full names, one list). On the production clients
 * page (the route's `environment`, which the card's list is read for) the save first says what Maskinporten's
 * production gets and asks (issue 16.3).
 */
export function EditClientForm({ orgNumber, client }: { orgNumber: string; client: TClientListItem }) {
  const t = useTranslations("clients.edit");
  const production = useParams<{ environment?: string }>().environment === "prod";
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
  const watched = useWatch({ control: form.control });

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
        {...lengthNoteProps(`${id}-name`, form.control, "name", CLIENT_LIMITS.name)}
      />
      <TextField
        id={`${id}-description`}
        label={t("description")}
        error={errors.description?.message}
        registration={form.register("description")}
        {...lengthNoteProps(`${id}-description`, form.control, "description", CLIENT_LIMITS.description)}
      />
      <TextField
        id={`${id}-scopes`}
        label={t("scopes")}
        hint={t("scopesHint")}
        error={errors.scopes?.message}
        registration={form.register("scopes")}
      />
      <FormStatus error={error} success={success} />
      <ProductionSubmit
        production={production}
        pending={isSubmitting}
        label={t("submit")}
        size="sm"
        title={t("confirmTitle", { name: client.name })}
        summary={t("prodSummary", {
          name: watched.name?.trim() ?? "",
          scopes:
            (watched.scopes ?? "")
              .split(/[\s,]+/)
              .filter(Boolean)
              .join(", ") || t("noScopes"),
        })}
        confirmLabel={t("confirm")}
        cancelLabel={t("cancel")}
        onConfirm={() => onSubmit()}
      />
    </form>
  );
}
