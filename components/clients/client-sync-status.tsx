"use client";

import { useTranslations } from "next-intl";
import { UpstreamSyncStatus } from "@/components/ui/upstream-sync-status";
import type { TClientSync } from "@/lib/clients/list-clients";

/** Whether Maskinporten has the client's latest change; a missing delegation gets a hint on how to fix it. */
export function ClientSyncStatus({
  clientName,
  ...props
}: {
  orgNumber: string;
  clientName: string;
  sync: TClientSync | null;
  canRetry: boolean;
}) {
  const t = useTranslations("clients.sync");
  const missingDelegation = /invalid_scope|delegat/i.test(props.sync?.lastError ?? "");
  return (
    <UpstreamSyncStatus
      {...props}
      messages="clients.sync"
      name={clientName}
      testId="client-sync"
      className="space-y-1 text-sm"
      failureHint={missingDelegation ? <p className="text-slate-700">{t("delegationHint")}</p> : null}
    />
  );
}
