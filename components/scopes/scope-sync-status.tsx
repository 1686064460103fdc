"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { retryUpstreamChangeAction } from "@/lib/actions/upstream-change-actions";
import type { TScopeSyncState } from "@/lib/scopes/scope-sync-state";

/** Whether Maskinporten has the scope's latest change: pending, synced, or failed with the reason and a retry. */
export function ScopeSyncStatus(props: { orgNumber: string; scopeName: string; sync: TScopeSyncState | null; canRetry: boolean }) {
  const t = useTranslations("scopes.sync");
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
    <div data-testid="scope-sync" data-status={sync?.status ?? "NONE"} data-change={sync?.changeId ?? ""} aria-live="polite" className="space-y-1">
      {!sync && <span className="text-slate-600">{t("none")}</span>}
      {sync?.status === "PENDING" && (
        <span className="text-amber-800">
          {sync.lastError ? t("retrying", { attempts: sync.attempts, reason: sync.lastError }) : t("pending")}
        </span>
      )}
      {sync?.status === "SYNCED" && <span className="font-medium text-green-800">{t("synced")}</span>}
      {sync?.status === "FAILED" && (
        <>
          <p className="text-red-800">{t("failed", { reason: sync.lastError ?? t("noReason") })}</p>
          {props.canRetry && (
            <button
              type="button"
              disabled={pending}
              onClick={() => retry(sync.changeId)}
              aria-label={t("retryScope", { name: props.scopeName })}
              className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100 disabled:opacity-50"
            >
              {t("retry")}
            </button>
          )}
        </>
      )}
      {error && (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
