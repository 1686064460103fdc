import { getTranslations } from "next-intl/server";
import { RefreshWhilePending } from "@/components/ui/refresh-while-pending";
import type { TAccessListSync } from "@/lib/access-lists/access-list-sync";
import { Section } from "@/components/ui/section";
import { LazyDismissChangeButton, LazyRetryButton } from "./failed-change-buttons";

/**
 * Progress of the list's changes towards Altinn ("3 of 100 changes done"), and each failed one with its reason.
 * Server HTML: only the page's polling while changes are pending and the retry and dismiss buttons are client code.
 */
export async function AccessListSyncPanel(props: { orgNumber: string; sync: TAccessListSync; canRetry: boolean }) {
  const t = await getTranslations("accessLists.sync");
  const { sync } = props;
  const total = sync.pending + sync.done + sync.failed.length;
  // The kinds are named by their job kind, whose dots are the messages' nesting (`kinds.registry.access-list.…`), so
  // a failure names what failed in words; an unknown kind shows as itself, never as a raw message key.
  const kindName = (kind: string) => (t.has(`kinds.${kind}` as never) ? t(`kinds.${kind}` as never) : kind);

  return (
    <Section headingId="list-sync-heading" title={t("title")} card className="max-w-3xl space-y-2">
      <RefreshWhilePending pending={sync.pending > 0} />
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
              <progress
                max={total}
                value={sync.done}
                aria-label={t("batches", { done: sync.done, total })}
                className="w-full"
              />
            )}
          </>
        )}
        {sync.retrying && (
          <p className="text-sm text-amber-800">
            {t("retrying", { attempts: sync.retrying.attempts, reason: sync.retrying.reason })}
          </p>
        )}
      </div>
      {sync.failed.length > 0 && (
        <div>
          <h3 className="font-medium text-red-800">{t("failedTitle")}</h3>
          <ul className="space-y-2">
            {sync.failed.map((change) => {
              const what = kindName(change.kind);
              const reason = change.lastError ?? t("noReason");
              return (
                <li key={change.changeId} className="flex flex-wrap items-center gap-2 text-sm text-red-800">
                  <span>
                    {change.batchSize > 0
                      ? `${what} – ${t("failedBatch", { count: change.batchSize, reason })}`
                      : t("failed", { kind: what, reason })}
                  </span>
                  {props.canRetry && (
                    <span className="text-slate-900">
                      {/* Only the list's latest change can be sent again; an older one was replaced and is dismissed. */}
                      {change.changeId === sync.latest?.changeId ? (
                        <LazyRetryButton
                          orgNumber={props.orgNumber}
                          changeId={change.changeId}
                          label={t("retry")}
                          ariaLabel={t("retryChange", { what })}
                          inline
                        />
                      ) : (
                        <LazyDismissChangeButton
                          orgNumber={props.orgNumber}
                          changeId={change.changeId}
                          label={t("dismiss")}
                          ariaLabel={t("dismissChange", { what })}
                        />
                      )}
                    </span>
                  )}
                  {props.canRetry && change.changeId !== sync.latest?.changeId && (
                    <span className="basis-full text-slate-700">{t("dismissHint")}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </Section>
  );
}
