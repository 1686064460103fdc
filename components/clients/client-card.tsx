"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { deleteClientAction, removeClientKeyAction } from "@/lib/clients/client-actions";
import type { TClientListItem } from "@/lib/clients/list-clients";
import { MAX_CLIENT_KEYS } from "@/lib/clients/public-jwk";
import { AddKeyForm } from "./add-key-form";
import { ClientSyncStatus } from "./client-sync-status";
import { ClientWaitingNote } from "./client-waiting-note";
import { EditClientForm } from "./edit-client-form";
import type { TConsentScopeState } from "@/lib/consent-scopes/list-consent-scope-requests";

/** One client: its id in Maskinporten, scopes, keys (rotation) and sync state; change controls for editors only. */
export function ClientCard({
  orgNumber,
  client,
  canEdit,
  consentScopeState,
}: {
  orgNumber: string;
  client: TClientListItem;
  canEdit: boolean;
  /** The organisation's request for the consent API scopes in this environment, for a client waiting for it. */
  consentScopeState: TConsentScopeState | null;
}) {
  const t = useTranslations("clients.card");
  const format = useFormatter();
  const { error, pending, submit } = useActionSubmit();
  const [confirming, setConfirming] = useState(false);
  const editable = canEdit && !client.deleting;

  return (
    <Card
      as="article"
      data-testid="client-card"
      data-client={client.name}
      className="space-y-3"
      aria-labelledby={`client-${client.id}`}
    >
      <h3 id={`client-${client.id}`} className="text-lg font-semibold">
        {client.name}
      </h3>
      {client.description && <p className="text-slate-700">{client.description}</p>}
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">{t("clientId")}</dt>
        <dd className="font-mono" data-testid="client-id">
          {client.clientId ?? t("clientIdPending")}
        </dd>
        <dt className="font-medium">{t("scopes")}</dt>
        <dd className="font-mono">{client.scopes.length ? client.scopes.join(", ") : t("noScopes")}</dd>
      </dl>
      {client.deleting && <p className="text-amber-800">{t("deleting")}</p>}
      {client.waitsForConsentScopes && <ClientWaitingNote scopes={client.scopes} state={consentScopeState} />}
      <ClientSyncStatus orgNumber={orgNumber} clientName={client.name} sync={client.sync} canRetry={canEdit} />
      <table className="w-full text-left text-sm">
        <caption className="text-left font-medium">
          {t("keys", { count: client.keys.length, max: MAX_CLIENT_KEYS })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("kid")}</th>
            <th scope="col">{t("created")}</th>
            {editable && (
              <th scope="col">
                <span className="sr-only">{t("actions")}</span>
              </th>
            )}
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
                    <Button
                      size="xs"
                      pending={pending}
                      aria-label={t("removeKeyLabel", { kid: key.kid })}
                      onClick={() =>
                        void submit(removeClientKeyAction, { orgNumber, clientId: client.id, kid: key.kid })
                      }
                    >
                      {t("removeKey")}
                    </Button>
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
        <Button
          variant="danger"
          onClick={() => setConfirming(true)}
          aria-label={t("deleteLabel", { name: client.name })}
        >
          {t("delete")}
        </Button>
      )}
      {editable && confirming && (
        <div
          role="group"
          aria-labelledby={`confirm-${client.id}`}
          className="space-y-2 rounded border border-red-300 bg-red-50 p-3"
        >
          <p id={`confirm-${client.id}`}>{t("confirmDelete", { name: client.name })}</p>
          <div className="flex gap-2">
            <Button
              variant="dangerSolid"
              pending={pending}
              onClick={() => void submit(deleteClientAction, { orgNumber, clientId: client.id })}
            >
              {t("confirm")}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t("cancel")}</Button>
          </div>
        </div>
      )}
      <FormStatus error={error} compact />
    </Card>
  );
}
