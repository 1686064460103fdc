import { getTranslations } from "next-intl/server";
import { RefreshWhilePending } from "@/components/ui/refresh-while-pending";
import type { TClientListItem } from "@/lib/clients/list-clients";
import type { TConsentScopeState } from "@/lib/consent-scopes/list-consent-scope-requests";
import { ClientCard } from "./client-card";

/** The organisation's clients in one environment; the page re-reads itself while a change is on its way. */
export async function ClientList({
  orgNumber,
  clients,
  canEdit,
  consentScopeState,
}: {
  orgNumber: string;
  clients: TClientListItem[];
  canEdit: boolean;
  consentScopeState: TConsentScopeState | null;
}) {
  const t = await getTranslations("clients");
  // A client waiting for Digdir's grant is created by the worker once it arrives: the page follows it there.
  const waiting = consentScopeState !== "refused" && clients.some((client) => client.waitsForConsentScopes);
  const pending = waiting || clients.some((client) => client.sync?.status === "PENDING");
  if (clients.length === 0) return <p className="text-slate-700">{t("none")}</p>;
  return (
    <div className="space-y-4">
      <RefreshWhilePending pending={pending} />
      {clients.map((client) => (
        <ClientCard
          key={client.id}
          orgNumber={orgNumber}
          client={client}
          canEdit={canEdit}
          consentScopeState={consentScopeState}
        />
      ))}
    </div>
  );
}
