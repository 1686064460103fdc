import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { TClientListItem } from "@/lib/clients/list-clients";
import { MAX_CLIENT_KEYS } from "@/lib/clients/public-jwk";
import type { TConsentScopeState } from "@/lib/consent-scopes/list-consent-scope-requests";
import { AddClientKey, EditClient } from "./client-card-forms";
import { ClientSyncStatus } from "./client-sync-status";
import { ClientWaitingNote } from "./client-waiting-note";
import { DeleteClient } from "./delete-client";
import { RemoveClientKey } from "./remove-client-key";

/**
 * One client: its id in Maskinporten, scopes, keys (rotation) and sync state; change controls for editors only.
 * Server HTML: the buttons are small client components and the two forms load when opened (issue 17).
 */
export async function ClientCard({
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
  const t = await getTranslations("clients.card");
  const format = await getFormatter();
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
                    <RemoveClientKey orgNumber={orgNumber} clientId={client.id} kid={key.kid} />
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
        <div>
          <AddClientKey orgNumber={orgNumber} clientRowId={client.id} clientName={client.name} />
        </div>
      )}
      {editable && client.clientId && (
        <div>
          <EditClient orgNumber={orgNumber} client={client} />
        </div>
      )}
      {editable && <DeleteClient orgNumber={orgNumber} clientId={client.id} name={client.name} />}
    </Card>
  );
}
