"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { addClientKeyAction } from "@/lib/actions/client-actions";
import type { TActionError } from "@/lib/errors/action-result";
import type { TBrowserKeyPair } from "./browser-key-pair";
import { KeySourceFields, useKeySource } from "./key-source-fields";
import { PrivateKeyDownloads } from "./private-key-downloads";

/** Key rotation, step one: add the new key beside the old one. */
export function AddKeyForm(props: { orgNumber: string; clientRowId: string; clientName: string }) {
  const t = useTranslations("clients.addKey");
  const router = useRouter();
  const keySource = useKeySource();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<TActionError | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [keyPair, setKeyPair] = useState<TBrowserKeyPair | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setSuccess(null);
    try {
      const key = await keySource.resolve();
      if (!key) return;
      const result = await addClientKeyAction({ orgNumber: props.orgNumber, clientId: props.clientRowId, publicJwk: key.publicJwk });
      if (!result.ok) {
        setError(result.error);
        keySource.setError(result.error.fieldErrors?.publicJwk?.[0]);
        return;
      }
      setError(null);
      setSuccess(t("added", { kid: key.publicJwk.kid }));
      setKeyPair(key.keyPair);
      keySource.setText("");
      router.refresh();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label={t("title", { name: props.clientName })}>
      <KeySourceFields idPrefix={`add-key-${props.clientRowId}`} source={keySource} />
      <FormStatus error={error} success={success} />
      {keyPair && <PrivateKeyDownloads keyPair={keyPair} onDone={() => setKeyPair(null)} />}
      <button type="submit" disabled={busy} className="rounded bg-brand-600 px-3 py-1.5 text-white hover:bg-brand-700 disabled:opacity-60">
        {t("submit")}
      </button>
    </form>
  );
}
