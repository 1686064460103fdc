"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { retryUpstreamChangeAction } from "@/lib/actions/upstream-change-actions";
import type { TClientSync } from "@/lib/clients/list-clients";

/** Whether Maskinporten has the client's latest change: pending, synced, or failed with the reason and a retry. */
export function ClientSyncStatus(props: { orgNumber: string; clientName: string; sync: TClientSync | null; canRetry: boolean }) {
  const t = useTranslations("clients.sync");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const { sync } = props;
  const retry = (changeId: string) =>
    startTransition(async () => {
      const result = await retryUpstreamChangeAction({ orgNumber: props.orgNumber, changeId });
      setError(result.ok ? null : result.error.message);
      router.refresh();
    });

  return (
    <div data-testid="client-sync" data-status={sync?.status ?? "NONE"} data-kind={sync?.kind ?? ""} aria-live="polite" className="space-y-1 text-sm">
      {sync?.status === "PENDING" && (
        <p className="text-amber-800">{sync.lastError ? t("retrying", { attempts: sync.attempts, reason: sync.lastError }) : t("pending")}</p>
      )}
      {sync?.status === "SYNCED" && <p className="font-medium text-green-800">{t("synced")}</p>}
      {sync?.status === "FAILED" && (
        <>
          <p className="text-red-800">{t("failed", { reason: sync.lastError ?? t("noReason") })}</p>
          {/invalid_scope|delegat/i.test(sync.lastError ?? "") && <p className="text-slate-700">{t("delegationHint")}</p>}
          {props.canRetry && (
            <button
              type="button"
              disabled={pending}
              onClick={() => retry(sync.changeId)}
              aria-label={t("retryClient", { name: props.clientName })}
              className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100 disabled:opacity-50"
            >
              {t("retry")}
            </button>
          )}
        </>
      )}
      {error && (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
