"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useRefreshWhilePending } from "@/components/scopes/use-refresh-while-pending";
import type { TAccessListSync } from "@/lib/access-lists/access-list-sync";
import { retryUpstreamChangeAction } from "@/lib/actions/upstream-change-actions";

type TKind = Parameters<ReturnType<typeof useTranslations<"accessLists.sync.kinds">>>[0];

/** Progress of the list's changes towards Altinn ("3 of 100 changes done"), and each failed one with its reason. */
export function AccessListSyncPanel(props: { orgNumber: string; sync: TAccessListSync; canRetry: boolean }) {
  const t = useTranslations("accessLists.sync");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const { sync } = props;
  useRefreshWhilePending(sync.pending > 0);
  const total = sync.pending + sync.done + sync.failed.length;

  const retry = (changeId: string) =>
    startTransition(async () => {
      const result = await retryUpstreamChangeAction({ orgNumber: props.orgNumber, changeId });
      setError(result.ok ? null : result.error.message);
      router.refresh();
    });

  return (
    <section aria-labelledby="list-sync-heading" className="max-w-3xl space-y-2 rounded border border-slate-200 bg-white p-4">
      <h2 id="list-sync-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <div aria-live="polite" data-testid="list-sync" data-pending={sync.pending} data-failed={sync.failed.length}>
        {!sync.latest && <p className="text-slate-600">{t("none")}</p>}
        {sync.latest && total === 0 && <p className="font-medium text-green-800">{t("synced")}</p>}
        {total > 0 && (
          <>
            <p className={sync.pending > 0 ? "text-amber-800" : "text-slate-800"}>
              {sync.pending > 0 && `${t("pending")} `}
              {t("batches", { done: sync.done, total })}
            </p>
            {total > 1 && (
              <progress max={total} value={sync.done} aria-label={t("batches", { done: sync.done, total })} className="w-full" />
            )}
          </>
        )}
        {sync.retrying && <p className="text-sm text-amber-800">{t("retrying", { attempts: sync.retrying.attempts, reason: sync.retrying.reason })}</p>}
      </div>
      {sync.failed.length > 0 && (
        <div>
          <h3 className="font-medium text-red-800">{t("failedTitle")}</h3>
          <ul className="space-y-2">
            {sync.failed.map((change) => {
              const what = t(`kinds.${change.kind as TKind}`);
              const reason = change.lastError ?? t("noReason");
              return (
                <li key={change.changeId} className="flex flex-wrap items-center gap-2 text-sm text-red-800">
                  <span>{change.batchSize > 0 ? `${what} – ${t("failedBatch", { count: change.batchSize, reason })}` : t("failed", { kind: what, reason })}</span>
                  {props.canRetry && (
                    <button
                      type="button"
                      disabled={pending}
                      onClick={() => retry(change.changeId)}
                      aria-label={t("retryChange", { what })}
                      className="rounded border border-slate-300 px-2 py-1 text-slate-900 hover:bg-slate-100 disabled:opacity-50"
                    >
                      {t("retry")}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </section>
  );
}
