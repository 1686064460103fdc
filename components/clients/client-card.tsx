"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { deleteClientAction, removeClientKeyAction } from "@/lib/actions/client-actions";
import type { TClientListItem } from "@/lib/clients/list-clients";
import { MAX_CLIENT_KEYS } from "@/lib/clients/public-jwk";
import { AddKeyForm } from "./add-key-form";
import { ClientSyncStatus } from "./client-sync-status";
import { EditClientForm } from "./edit-client-form";

/** One client: its id in Maskinporten, scopes, keys (rotation) and sync state; change controls for editors only. */
export function ClientCard({ orgNumber, client, canEdit }: { orgNumber: string; client: TClientListItem; canEdit: boolean }) {
  const t = useTranslations("clients.card");
  const format = useFormatter();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const editable = canEdit && !client.deleting;

  const run = (action: () => Promise<{ ok: boolean; error?: { message: string } }>) =>
    startTransition(async () => {
      const result = await action();
      setMessage(result.ok ? null : (result.error?.message ?? null));
      router.refresh();
    });

  return (
    <article data-testid="client-card" data-client={client.name} className="space-y-3 rounded border border-slate-200 bg-white p-4" aria-labelledby={`client-${client.id}`}>
      <h3 id={`client-${client.id}`} className="text-lg font-semibold">
        {client.name}
      </h3>
      {client.description && <p className="text-slate-700">{client.description}</p>}
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">{t("clientId")}</dt>
        <dd className="font-mono" data-testid="client-id">{client.clientId ?? t("clientIdPending")}</dd>
        <dt className="font-medium">{t("scopes")}</dt>
        <dd className="font-mono">{client.scopes.length ? client.scopes.join(", ") : t("noScopes")}</dd>
      </dl>
      {client.deleting && <p className="text-amber-800">{t("deleting")}</p>}
      <ClientSyncStatus orgNumber={orgNumber} clientName={client.name} sync={client.sync} canRetry={canEdit} />
      <table className="w-full text-left text-sm">
        <caption className="text-left font-medium">{t("keys", { count: client.keys.length, max: MAX_CLIENT_KEYS })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("kid")}</th>
            <th scope="col">{t("created")}</th>
            {editable && <th scope="col"><span className="sr-only">{t("actions")}</span></th>}
          </tr>
        </thead>
        <tbody>
          {client.keys.map((key) => (
            <tr key={key.kid} data-testid="client-key" data-kid={key.kid}>
              <td className="font-mono">{key.kid}</td>
              <td>{format.dateTime(new Date(key.createdAt), { dateStyle: "medium", timeStyle: "short" })}</td>
              {editable && (
                <td>
                  {client.keys.length > 1 && (
                    <button
                      type="button"
                      disabled={pending}
                      aria-label={t("removeKeyLabel", { kid: key.kid })}
                      onClick={() => run(() => removeClientKeyAction({ orgNumber, clientId: client.id, kid: key.kid }))}
                      className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100 disabled:opacity-50"
                    >
                      {t("removeKey")}
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {editable && client.keys.length <= 1 && <p className="text-sm text-slate-600">{t("lastKeyNote")}</p>}
      {editable && client.clientId && client.keys.length >= MAX_CLIENT_KEYS && (
        <p className="text-sm text-slate-700">{t("keyLimitNote", { max: MAX_CLIENT_KEYS })}</p>
      )}
      {editable && client.clientId && client.keys.length < MAX_CLIENT_KEYS && (
        <details>
          <summary className="cursor-pointer text-brand-700">{t("addKey")}</summary>
          <AddKeyForm orgNumber={orgNumber} clientRowId={client.id} clientName={client.name} />
        </details>
      )}
      {editable && client.clientId && (
        <details>
          <summary className="cursor-pointer text-brand-700">{t("edit")}</summary>
          <EditClientForm orgNumber={orgNumber} client={client} />
        </details>
      )}
      {editable && !confirming && (
        <button type="button" onClick={() => setConfirming(true)} aria-label={t("deleteLabel", { name: client.name })} className="rounded border border-red-300 px-3 py-1.5 text-red-800 hover:bg-red-50">
          {t("delete")}
        </button>
      )}
      {editable && confirming && (
        <div role="group" aria-labelledby={`confirm-${client.id}`} className="space-y-2 rounded border border-red-300 bg-red-50 p-3">
          <p id={`confirm-${client.id}`}>{t("confirmDelete", { name: client.name })}</p>
          <div className="flex gap-2">
            <button type="button" disabled={pending} onClick={() => run(() => deleteClientAction({ orgNumber, clientId: client.id }))} className="rounded bg-red-700 px-3 py-1.5 text-white hover:bg-red-800 disabled:opacity-60">
              {t("confirm")}
            </button>
            <button type="button" onClick={() => setConfirming(false)} className="rounded border border-slate-400 px-3 py-1.5 hover:bg-slate-100">
              {t("cancel")}
            </button>
          </div>
        </div>
      )}
      {message && (
        <p role="alert" className="text-sm text-red-700">
          {message}
        </p>
      )}
    </article>
  );
}
