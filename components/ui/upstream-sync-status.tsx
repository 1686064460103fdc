// No "use client": rendered on the server where a server page shows it (only its buttons are client code), and as
// client code inside a client component.
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { DismissChangeButton } from "./dismiss-change-button";
import { RetryButton } from "./retry-button";

export type TUpstreamSync = {
  changeId: string;
  status: "PENDING" | "SYNCED" | "FAILED";
  lastError: string | null;
  attempts: number;
  kind?: string;
  /** Earlier failed changes a later one replaced: shown with a dismiss button (lib/platform/jobs/latest-upstream-changes.ts). */
  replacedFailures?: { changeId: string; lastError: string | null }[];
};

export type TSyncLabels = {
  none?: string;
  pending: string;
  retrying: (attempts: number, reason: string) => string;
  synced: string;
  failed: (reason: string) => string;
  retry: string;
  /** Accessible name of the retry button; starts with the visible `retry` text. */
  retryFor: string;
  /** An earlier failure a later change replaced, why it cannot be retried, and its dismiss button (name starts with `dismiss`). */
  replaced?: { failed: (reason: string) => string; hint: string; dismiss: string; dismissFor: string };
};

/** The messages of an object kind's sync state, and the key of its "Retry: {name}" (the retry button's name). */
const SYNC_MESSAGES = { "scopes.sync": "retryScope", "clients.sync": "retryClient" } as const;

type TSyncMessages = keyof typeof SYNC_MESSAGES;

/** The labels from an object kind's messages (`none` only where the kind has one). */
function useSyncLabels(messages: TSyncMessages, name: string): TSyncLabels {
  const t = useTranslations(messages) as unknown as {
    (key: string, values?: Record<string, string | number>): string;
    has: (key: string) => boolean;
  };
  return {
    none: t.has("none") ? t("none") : undefined,
    pending: t("pending"),
    retrying: (attempts, reason) => t("retrying", { attempts, reason }),
    synced: t("synced"),
    failed: (reason) => t("failed", { reason: reason || t("noReason") }),
    retry: t("retry"),
    retryFor: t(SYNC_MESSAGES[messages], { name }),
    replaced: {
      failed: (reason) => t("replacedFailed", { reason: reason || t("noReason") }),
      hint: t("replacedHint"),
      dismiss: t("dismiss"),
      dismissFor: t("dismissFor", { name }),
    },
  };
}

/**
 * Whether an upstream API has an object's latest change: pending, synced, or failed with the reason
 * and a retry button (an editor re-queues the change). The one place that state is shown.
 */
export function UpstreamSyncStatus(props: {
  orgNumber: string;
  sync: TUpstreamSync | null;
  canRetry: boolean;
  testId: string;
  /** The labels, or the messages of a scope's or a client's state (`messages`) and the object's `name`. */
  labels?: TSyncLabels;
  messages?: TSyncMessages;
  name?: string;
  /** Shown under a failure, e.g. how to fix a missing delegation. */
  failureHint?: ReactNode;
  className?: string;
}) {
  const { sync } = props;
  const fromMessages = useSyncLabels(props.messages ?? "scopes.sync", props.name ?? "");
  const labels = props.labels ?? fromMessages;
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
        <p className="text-amber-800">
          {sync.lastError ? labels.retrying(sync.attempts, sync.lastError) : labels.pending}
        </p>
      )}
      {sync?.status === "SYNCED" && <p className="font-medium text-green-800">{labels.synced}</p>}
      {sync?.status === "FAILED" && (
        <>
          <p className="text-red-800">{labels.failed(sync.lastError ?? "")}</p>
          {props.failureHint}
          {props.canRetry && (
            <RetryButton
              orgNumber={props.orgNumber}
              changeId={sync.changeId}
              label={labels.retry}
              ariaLabel={labels.retryFor}
            />
          )}
        </>
      )}
      {labels.replaced && (sync?.replacedFailures?.length ?? 0) > 0 && (
        <ReplacedFailures
          orgNumber={props.orgNumber}
          failures={sync?.replacedFailures ?? []}
          labels={labels.replaced}
          canDismiss={props.canRetry}
        />
      )}
    </div>
  );
}

/** Earlier failures a later change replaced: each says why, and editors dismiss it once its cause is gone. */
function ReplacedFailures(props: {
  orgNumber: string;
  failures: NonNullable<TUpstreamSync["replacedFailures"]>;
  labels: NonNullable<TSyncLabels["replaced"]>;
  canDismiss: boolean;
}) {
  return (
    <ul data-testid="replaced-failures" className="space-y-1">
      {props.failures.map((failure) => (
        <li key={failure.changeId} className="flex flex-wrap items-center gap-2 text-sm text-red-800">
          <span>{props.labels.failed(failure.lastError ?? "")}</span>
          {props.canDismiss && (
            <DismissChangeButton
              orgNumber={props.orgNumber}
              changeId={failure.changeId}
              label={props.labels.dismiss}
              ariaLabel={props.labels.dismissFor}
            />
          )}
          <span className="basis-full text-slate-700">{props.labels.hint}</span>
        </li>
      ))}
    </ul>
  );
}
