"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { CONTROL_CLASS } from "@/components/forms/field";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { lengthNoteProps } from "@/components/forms/length-note";
import { ProductionSubmit } from "@/components/forms/production-submit";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { createClientAction } from "@/lib/clients/client-actions";
import { ZClientFields } from "@/lib/clients/schemas";
import { CLIENT_LIMITS } from "@/lib/clients/client-field-limits";
import type { TBrowserKeyPair } from "./browser-key-pair";
import { KeySourceFields, useKeySource } from "./key-source-fields";
import { PrivateKeyDownloads } from "./private-key-downloads";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

type TValues = { name: string; description: string; scopes: string[]; extraScopes: string };

// The scopes are one list on the server: its errors go beside the free-text field; the key's beside the key source.
const fieldName = (field: string) =>
  field === "publicJwk" ? null : field.startsWith("scopes") ? "extraScopes" : (field as keyof TValues);

/**
 * A new client with its first key. The same ZClientFields check the fields here and in the action. In production the
 * create button first says what Maskinporten's production gets and asks (issue 16.3).
 */
export function CreateClientForm(props: {
  orgNumber: string;
  environment: TUpstreamEnvironment;
  /**
   * The scopes offered as checkboxes, and the consent API scopes among them Digdir has not granted yet. Once asked
   * for (`requested`: a request pending or on its way) they may be picked, and the client waits for the grant;
   * before that they are shown but not offered, with the way to ask.
   */
  scopes: { available: string[]; ungranted: string[]; requested: boolean };
}) {
  const t = useTranslations("clients.create");
  const keySource = useKeySource();
  const [keyPair, setKeyPair] = useState<TBrowserKeyPair | null>(null);
  const empty: TValues = { name: "", description: "", scopes: [], extraScopes: "" };
  const form = useForm<TValues>({ defaultValues: empty });
  const { errors, isSubmitting } = form.formState;
  const watched = useWatch({ control: form.control });
  const summaryScopes = [...(watched.scopes ?? []), ...(watched.extraScopes ?? "").split(/[\s,]+/).filter(Boolean)];
  const { error, success, submit } = useActionSubmit(form.setError, { fieldName });

  const field = (
    name: "name" | "description" | "extraScopes",
    id: string,
    extra: { hint?: string; monospace?: boolean } = {},
  ) => (
    <TextField
      id={id}
      label={t(name)}
      hint={extra.hint}
      error={errors[name]?.message}
      registration={form.register(name)}
      {...(name === "extraScopes" ? {} : lengthNoteProps(id, form.control, name, CLIENT_LIMITS[name]))}
      inputProps={extra.monospace ? { spellCheck: false, className: `w-full font-mono ${CONTROL_CLASS}` } : undefined}
    />
  );

  const onSubmit = form.handleSubmit(async (values) => {
    const extra = values.extraScopes.split(/[\s,]+/).filter(Boolean);
    const notYet = props.scopes.requested ? [] : extra.filter((scope) => props.scopes.ungranted.includes(scope));
    if (notYet.length)
      return form.setError("extraScopes", { message: t("scopesNotGranted", { scopes: notYet.join(", ") }) });
    const fields = ZClientFields.safeParse({
      name: values.name,
      description: values.description,
      scopes: [...values.scopes, ...extra],
    });
    if (!fields.success) {
      for (const issue of fields.error.issues)
        form.setError(fieldName(String(issue.path[0]))!, { message: issue.message });
      return;
    }
    const key = await keySource.resolve();
    if (!key) return;
    const input = {
      orgNumber: props.orgNumber,
      environment: props.environment,
      ...fields.data,
      publicJwk: key.publicJwk,
    };
    const result = await submit(createClientAction, input, (data) => {
      setKeyPair(key.keyPair);
      form.reset(empty);
      keySource.setText("");
      return t(data.waiting ? "createdWaiting" : "created", { name: data.name });
    });
    if (!result.ok) keySource.setError(result.error.fieldErrors?.publicJwk?.[0]);
  });

  return (
    <FormCard onSubmit={onSubmit} className="max-w-2xl space-y-4" title={t("title")} headingId="create-client-heading">
      {field("name", "client-name")}
      {field("description", "client-description")}
      <fieldset>
        <legend className="text-sm font-medium">{t("scopes")}</legend>
        <p className="text-sm text-slate-600">{t("scopesHint")}</p>
        <ul className="mt-1 space-y-1">
          {props.scopes.available.map((scope) => {
            const ungranted = props.scopes.ungranted.includes(scope);
            const blocked = ungranted && !props.scopes.requested;
            const reasonId = `scope-not-granted-${scope.replace(/[^a-z0-9]/gi, "-")}`;
            return (
              <li key={scope}>
                <label
                  className={`flex items-center gap-2 break-all font-mono text-sm ${blocked ? "text-slate-500" : ""}`}
                >
                  <input
                    type="checkbox"
                    value={scope}
                    disabled={blocked}
                    aria-describedby={ungranted ? reasonId : undefined}
                    {...form.register("scopes")}
                  />
                  {scope}
                </label>
                {blocked && (
                  <p id={reasonId} className="ml-6 text-sm text-slate-700" data-testid="scope-not-granted">
                    {t("scopeNotGranted")}{" "}
                    <a href="#consent-scopes-heading" className="text-brand-700 underline">
                      {t("scopeNotGrantedLink")}
                    </a>
                  </p>
                )}
                {ungranted && !blocked && (
                  <p id={reasonId} className="ml-6 text-sm text-slate-700" data-testid="scope-waits-for-grant">
                    {t("scopeWaitsForGrant")}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
      {field("extraScopes", "client-extra-scopes", { hint: t("extraScopesHint"), monospace: true })}
      <KeySourceFields idPrefix="create-client-key" source={keySource} />
      <FormStatus error={error} success={success} />
      {keyPair && <PrivateKeyDownloads keyPair={keyPair} onDone={() => setKeyPair(null)} />}
      <ProductionSubmit
        production={props.environment === "prod"}
        pending={isSubmitting}
        label={t("submit")}
        pendingLabel={t("submitting")}
        title={t("confirmTitle")}
        summary={t("prodSummary", {
          name: watched.name?.trim() ?? "",
          scopes: summaryScopes.join(", ") || t("noScopes"),
        })}
        confirmLabel={t("confirm")}
        cancelLabel={t("cancel")}
        onConfirm={() => onSubmit()}
      />
    </FormCard>
  );
}
