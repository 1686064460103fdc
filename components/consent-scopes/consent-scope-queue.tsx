"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useRefreshWhilePending } from "@/components/scopes/use-refresh-while-pending";
import { decideConsentScopeRequestAction } from "@/lib/actions/consent-scope-actions";
import { retryAnyUpstreamChangeAction } from "@/lib/actions/upstream-change-actions";
import type { TConsentScopeRequestView } from "@/lib/consent-scopes/list-consent-scope-requests";

type TQueue = { pending: TConsentScopeRequestView[]; decided: TConsentScopeRequestView[] };

/** Platform administrators grant or refuse (with a reason) each consumer's request for the consent API scopes. */
export function ConsentScopeQueue({ queue }: { queue: TQueue }) {
  const t = useTranslations("clients.queue");
  useRefreshWhilePending(queue.decided.some((r) => r.state === "granting"));
  return (
    <div className="space-y-6">
      <section aria-labelledby="queue-pending" className="space-y-3">
        <h2 id="queue-pending" className="text-lg font-semibold">{t("pendingTitle")}</h2>
        {queue.pending.length === 0 && <p className="text-slate-700">{t("nonePending")}</p>}
        {queue.pending.map((request) => <PendingRequest key={request.id} request={request} />)}
      </section>
      <section aria-labelledby="queue-decided" className="space-y-2">
        <h2 id="queue-decided" className="text-lg font-semibold">{t("decidedTitle")}</h2>
        <ul className="space-y-1">
          {queue.decided.map((request) => <DecidedRequest key={request.id} request={request} />)}
        </ul>
      </section>
    </div>
  );
}

const who = (request: TConsentScopeRequestView) => `${request.organisation.name} (${request.organisation.orgNumber})`;

function PendingRequest({ request }: { request: TConsentScopeRequestView }) {
  const t = useTranslations("clients.queue");
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const decide = (decision: "grant" | "refuse") =>
    startTransition(async () => {
      const result = await decideConsentScopeRequestAction({ requestId: request.id, decision, reason });
      setError(result.ok ? null : (result.error.fieldErrors?.reason?.[0] ?? result.error.message));
      router.refresh();
    });
  const reasonId = `reason-${request.id}`;
  return (
    <article data-testid="consent-scope-request" data-org={request.organisation.orgNumber} data-environment={request.environment} className="space-y-2 rounded border border-slate-200 bg-white p-4">
      <h3 className="font-semibold">{t("requestTitle", { who: who(request), environment: request.environment })}</h3>
      <button type="button" disabled={pending} onClick={() => decide("grant")} aria-label={t("grantLabel", { who: who(request) })} className="rounded bg-brand-600 px-3 py-1.5 text-white hover:bg-brand-700 disabled:opacity-60">
        {t("grant")}
      </button>
      <div>
        <label htmlFor={reasonId} className="block text-sm font-medium">{t("reason")}</label>
        <textarea id={reasonId} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} aria-describedby={`${reasonId}-error`} className="w-full rounded border border-slate-400 px-3 py-2" />
        {error && <p id={`${reasonId}-error`} role="alert" className="text-sm text-red-700">{error}</p>}
      </div>
      <button type="button" disabled={pending} onClick={() => decide("refuse")} aria-label={t("refuseLabel", { who: who(request) })} className="rounded border border-red-300 px-3 py-1.5 text-red-800 hover:bg-red-50 disabled:opacity-60">
        {t("refuse")}
      </button>
    </article>
  );
}

function DecidedRequest({ request }: { request: TConsentScopeRequestView }) {
  const t = useTranslations("clients.queue");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const failure = request.failure;
  return (
    <li data-testid="consent-scope-decided" data-org={request.organisation.orgNumber} data-state={request.state} className="text-sm">
      {t(`state.${request.state}`, { who: who(request), environment: request.environment, reason: request.reason ?? failure?.reason ?? "" })}
      {failure && (
        <button
          type="button"
          disabled={pending}
          onClick={() => startTransition(async () => { await retryAnyUpstreamChangeAction({ changeId: failure.changeId }); router.refresh(); })}
          className="ml-2 rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100"
        >
          {t("retry")}
        </button>
      )}
    </li>
  );
}
