"use client";

import { useLiveQuery } from "@/components/ui/live-query";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { AttestConnectionForm } from "./attest-connection-form";
import { LiveCheckSection } from "@/components/ui/recheck-button";
import type { TStep } from "@/lib/checklist/compute-steps";
import { normaliseConsentStatus } from "@/lib/integration-kit/consent-status";
import { fetchJson } from "@/lib/platform/query/fetch-json";
import { queryKeys } from "@/lib/platform/query/keys";
import { cardClass } from "@/components/ui/card";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

type TResult = { steps: TStep[]; progress: { done: number; total: number }; checkedAt: string };

const STATE_STYLE: Record<TStep["state"], string> = {
  done: "bg-green-100 text-green-900",
  missing: "bg-amber-100 text-amber-900",
  failed: "bg-red-100 text-red-900",
  unknown: "bg-slate-200 text-slate-900",
};

/**
 * The steps as the APIs answer now: the status route's answer the page preloaded (or asked for when that failed), and
 * again on "Check again". An administrator's
 * attestation form follows them while the connection step is not done (derived from the same answer).
 */
export function ChecklistView(props: {
  orgNumber: string;
  environment: TUpstreamEnvironment;
  canAttest: boolean;
  /** The status route's URL the page preloads (its LiveCheckPreload): the first answer, taken without the library. */
  preloadedFrom?: string;
}) {
  const { orgNumber, environment } = props;
  const t = useTranslations("checklist");
  const format = useFormatter();
  const query = useLiveQuery(
    queryKeys.checklist(orgNumber, environment),
    () => fetchJson<TResult>(`/orgs/${orgNumber}/checklist/status?environment=${environment}`),
    { preloadedFrom: props.preloadedFrom },
  );
  const progress = query.data?.progress;
  const connection = query.data?.steps.find((step) => step.key === "connection");
  return (
    <>
      <LiveCheckSection
        data-testid="checklist"
        aria-busy={query.isFetching}
        query={query}
        messages="checklist"
        headingId="checklist-steps-heading"
        title={t("why")}
        className="space-y-4"
      >
        {progress && (
          <div aria-live="polite">
            <p id="checklist-progress-label" data-testid="checklist-progress">
              {t("progress", progress)}
            </p>
            <progress
              aria-labelledby="checklist-progress-label"
              className="h-3 w-full max-w-md"
              max={progress.total}
              value={progress.done}
              aria-valuenow={progress.done}
              aria-valuemin={0}
              aria-valuemax={progress.total}
            />
            {query.data && (
              <p className="text-sm text-slate-600">
                {t("checkedAt", {
                  time: format.dateTime(new Date(query.data.checkedAt), { dateStyle: "short", timeStyle: "medium" }),
                })}
              </p>
            )}
          </div>
        )}
        {query.data && (
          <ol className="space-y-3">
            {query.data.steps.map((step) => (
              <StepItem key={step.key} step={step} />
            ))}
          </ol>
        )}
      </LiveCheckSection>
      {/* Without an answer (the check failed) the form stays offered: attesting needs no upstream API. */}
      {props.canAttest && (connection || query.isError) && (
        <AttestConnectionForm orgNumber={orgNumber} environment={environment} attested={connection?.state === "done"} />
      )}
    </>
  );
}

function StepItem({ step }: { step: TStep }) {
  const t = useTranslations("checklist");
  const format = useFormatter();
  const ts = (key: string, values?: Record<string, string>) => t(`steps.${step.key}.${key}` as never, values as never);
  // The attestation date comes as ISO; show it in the reader's locale.
  const tStatus = useTranslations("checklist.statuses");
  // A status (an access request's, Altinn's for a consent) in words, not as the stored value.
  const status = step.values?.status;
  const statusKey = status && (normaliseConsentStatus(status) ?? status);
  const withStatus =
    statusKey && tStatus.has(statusKey as never)
      ? { ...step.values, status: tStatus(statusKey as never) }
      : step.values;
  const values = withStatus?.date
    ? { ...withStatus, date: format.dateTime(new Date(withStatus.date), { dateStyle: "medium" }) }
    : withStatus;
  return (
    <li className={cardClass()} data-testid={`step-${step.key}`} data-state={step.state}>
      <h3 className="flex flex-wrap items-center gap-2 font-semibold">
        {ts("title")}
        <span className={`rounded px-2 py-0.5 text-xs font-medium ${STATE_STYLE[step.state]}`}>
          {t(`state.${step.state}`)}
        </span>
      </h3>
      <p className="mt-1 text-slate-700">{ts(step.why, values)}</p>
      {step.fix && step.state !== "done" && (
        <p className="mt-1 text-sm">
          <span className="font-medium">{t("howToFix")}: </span>
          {step.key === "connection" ? (
            ts(step.fix.message)
          ) : (
            <Link href={step.fix.href} className="text-brand-700 underline">
              {ts(step.fix.message)}
            </Link>
          )}
        </p>
      )}
    </li>
  );
}
