"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import { retryUpstreamChangeAction } from "@/lib/actions/upstream-change-actions";

export type TUpstreamSync = { changeId: string; status: "PENDING" | "SYNCED" | "FAILED"; lastError: string | null; attempts: number; kind?: string };

export type TSyncLabels = {
  none?: string;
  pending: string;
  retrying: (attempts: number, reason: string) => string;
  synced: string;
  failed: (reason: string) => string;
  retry: string;
  /** Accessible name of the retry button; starts with the visible `retry` text. */
  retryFor: string;
};

/**
 * Whether an upstream API has an object's latest change: pending, synced, or failed with the reason
 * and a retry button (an editor re-queues the change). The one place that state is shown.
 */
export function UpstreamSyncStatus(props: {
  orgNumber: string;
  sync: TUpstreamSync | null;
  canRetry: boolean;
  testId: string;
  labels: TSyncLabels;
  /** Shown under a failure, e.g. how to fix a missing delegation. */
  failureHint?: ReactNode;
  className?: string;
}) {
  const { sync, labels } = props;
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const retry = (changeId: string) =>
    startTransition(async () => {
      const result = await retryUpstreamChangeAction({ orgNumber: props.orgNumber, changeId });
      setError(result.ok ? null : result.error.message);
      router.refresh();
    });

  return (
    <div
      data-testid={props.testId}
      data-status={sync?.status ?? "NONE"}
      data-change={sync?.changeId ?? ""}
      data-kind={sync?.kind ?? ""}
      aria-live="polite"
      className={props.className ?? "space-y-1"}
    >
      {!sync && labels.none && <span className="text-slate-600">{labels.none}</span>}
      {sync?.status === "PENDING" && (
        <p className="text-amber-800">{sync.lastError ? labels.retrying(sync.attempts, sync.lastError) : labels.pending}</p>
      )}
      {sync?.status === "SYNCED" && <p className="font-medium text-green-800">{labels.synced}</p>}
      {sync?.status === "FAILED" && (
        <>
          <p className="text-red-800">{labels.failed(sync.lastError ?? "")}</p>
          {props.failureHint}
          {props.canRetry && (
            <button
              type="button"
              disabled={pending}
              onClick={() => retry(sync.changeId)}
              aria-label={labels.retryFor}
              className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100 disabled:opacity-50"
            >
              {labels.retry}
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
