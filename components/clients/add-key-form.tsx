"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { addClientKeyAction } from "@/lib/clients/client-actions";
import type { TBrowserKeyPair } from "./browser-key-pair";
import { KeySourceFields, useKeySource } from "./key-source-fields";
import { PrivateKeyDownloads } from "./private-key-downloads";

/** Key rotation, step one: add the new key beside the old one. */
export function AddKeyForm(props: { orgNumber: string; clientRowId: string; clientName: string }) {
  const t = useTranslations("clients.addKey");
  const keySource = useKeySource();
  // Making a key pair takes a moment before the action runs: the button is busy from the click on.
  const [resolving, setResolving] = useState(false);
  const [keyPair, setKeyPair] = useState<TBrowserKeyPair | null>(null);
  const { error, success, pending, submit } = useActionSubmit();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setResolving(true);
    const key = await keySource.resolve().finally(() => setResolving(false));
    if (!key) return;
    const result = await submit(
      addClientKeyAction,
      { orgNumber: props.orgNumber, clientId: props.clientRowId, publicJwk: key.publicJwk },
      () => {
        setKeyPair(key.keyPair);
        keySource.setText("");
        return t("added", { kid: key.publicJwk.kid });
      },
    );
    if (!result.ok) keySource.setError(result.error.fieldErrors?.publicJwk?.[0]);
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("title", { name: props.clientName })}>
      <KeySourceFields idPrefix={`add-key-${props.clientRowId}`} source={keySource} />
      <FormStatus error={error} success={success} />
      {keyPair && <PrivateKeyDownloads keyPair={keyPair} onDone={() => setKeyPair(null)} />}
      <SubmitButton pending={resolving || pending} label={t("submit")} size="sm" />
    </form>
  );
}
