"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FieldError } from "@/components/forms/field-error";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { createClientAction } from "@/lib/actions/client-actions";
import { ZClientFields } from "@/lib/clients/schemas";
import type { TActionError } from "@/lib/errors/action-result";
import type { TBrowserKeyPair } from "./browser-key-pair";
import { KeySourceFields, useKeySource } from "./key-source-fields";
import { PrivateKeyDownloads } from "./private-key-downloads";

type TValues = { name: string; description: string; scopes: string[]; extraScopes: string };

/** A new client with its first key. The same ZClientFields check the fields here and in the action. */
export function CreateClientForm(props: { orgNumber: string; environment: "test" | "prod"; availableScopes: string[] }) {
  const t = useTranslations("clients.create");
  const router = useRouter();
  const keySource = useKeySource();
  const [error, setError] = useState<TActionError | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [keyPair, setKeyPair] = useState<TBrowserKeyPair | null>(null);
  const empty: TValues = { name: "", description: "", scopes: [], extraScopes: "" };
  const form = useForm<TValues>({ defaultValues: empty });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setSuccess(null);
    const extra = values.extraScopes.split(/[\s,]+/).filter(Boolean);
    const fields = ZClientFields.safeParse({ name: values.name, description: values.description, scopes: [...values.scopes, ...extra] });
    if (!fields.success) {
      for (const issue of fields.error.issues) {
        const field = issue.path[0] === "scopes" ? "extraScopes" : (issue.path[0] as keyof TValues);
        form.setError(field, { message: issue.message });
      }
      return;
    }
    const key = await keySource.resolve();
    if (!key) return;
    const result = await createClientAction({ orgNumber: props.orgNumber, environment: props.environment, ...fields.data, publicJwk: key.publicJwk });
    if (!result.ok) {
      setError(result.error);
      for (const [field, messages] of Object.entries(result.error.fieldErrors ?? {})) {
        if (field === "publicJwk") keySource.setError(messages[0]);
        else form.setError((field.startsWith("scopes") ? "extraScopes" : field) as keyof TValues, { message: messages[0] });
      }
      return;
    }
    setError(null);
    setSuccess(t("created", { name: result.data.name }));
    setKeyPair(key.keyPair);
    form.reset(empty);
    keySource.setText("");
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="create-client-heading" className="max-w-2xl space-y-4 rounded border border-slate-200 bg-white p-4">
      <h2 id="create-client-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <TextField id="client-name" label={t("name")} error={errors.name?.message} registration={form.register("name")} />
      <TextField id="client-description" label={t("description")} error={errors.description?.message} registration={form.register("description")} />
      <fieldset>
        <legend className="text-sm font-medium">{t("scopes")}</legend>
        <p className="text-sm text-slate-600">{t("scopesHint")}</p>
        <ul className="mt-1 space-y-1">
          {props.availableScopes.map((scope) => (
            <li key={scope}>
              <label className="flex items-center gap-2 font-mono text-sm">
                <input type="checkbox" value={scope} {...form.register("scopes")} />
                {scope}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div>
        <label htmlFor="client-extra-scopes" className="block text-sm font-medium">
          {t("extraScopes")}
        </label>
        <input
          id="client-extra-scopes"
          spellCheck={false}
          aria-invalid={errors.extraScopes ? true : undefined}
          aria-describedby="client-extra-scopes-hint client-extra-scopes-error"
          className="mt-1 w-full rounded border border-slate-400 px-3 py-2 font-mono aria-invalid:border-red-600"
          {...form.register("extraScopes")}
        />
        <p id="client-extra-scopes-hint" className="mt-1 text-sm text-slate-600">
          {t("extraScopesHint")}
        </p>
        <FieldError id="client-extra-scopes-error" message={errors.extraScopes?.message} />
      </div>
      <KeySourceFields idPrefix="create-client-key" source={keySource} />
      <FormStatus error={error} success={success} />
      {keyPair && <PrivateKeyDownloads keyPair={keyPair} onDone={() => setKeyPair(null)} />}
      <SubmitButton pending={isSubmitting} label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
