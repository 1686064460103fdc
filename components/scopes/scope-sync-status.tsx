"use client";

import { useTranslations } from "next-intl";
import { UpstreamSyncStatus } from "@/components/ui/upstream-sync-status";
import type { TScopeSyncState } from "@/lib/scopes/scope-sync-state";

/** Whether Maskinporten has the scope's latest change. */
export function ScopeSyncStatus(props: {
  orgNumber: string;
  scopeName: string;
  sync: TScopeSyncState | null;
  canRetry: boolean;
}) {
  const t = useTranslations("scopes.sync");
  return (
    <UpstreamSyncStatus
      orgNumber={props.orgNumber}
      sync={props.sync}
      canRetry={props.canRetry}
      testId="scope-sync"
      labels={{
        none: t("none"),
        pending: t("pending"),
        retrying: (attempts, reason) => t("retrying", { attempts, reason }),
        synced: t("synced"),
        failed: (reason) => t("failed", { reason: reason || t("noReason") }),
        retry: t("retry"),
        retryFor: t("retryScope", { name: props.scopeName }),
      }}
    />
  );
}
