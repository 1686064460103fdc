"use client";

import { useTranslations } from "next-intl";
import { useRefreshWhilePending } from "@/components/ui/use-refresh-while-pending";
import type { TClientListItem } from "@/lib/clients/list-clients";
import { ClientCard } from "./client-card";

/** The organisation's clients in one environment; the page re-reads itself while a change is on its way. */
export function ClientList({
  orgNumber,
  clients,
  canEdit,
}: {
  orgNumber: string;
  clients: TClientListItem[];
  canEdit: boolean;
}) {
  const t = useTranslations("clients");
  useRefreshWhilePending(clients.some((client) => client.sync?.status === "PENDING"));
  if (clients.length === 0) return <p className="text-slate-700">{t("none")}</p>;
  return (
    <div className="space-y-4">
      {clients.map((client) => (
        <ClientCard key={client.id} orgNumber={orgNumber} client={client} canEdit={canEdit} />
      ))}
    </div>
  );
}
