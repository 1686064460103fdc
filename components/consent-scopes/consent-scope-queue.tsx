"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { CONTROL_CLASS } from "@/components/forms/field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { RetryButton } from "@/components/ui/retry-button";
import { useRefreshWhilePending } from "@/components/ui/use-refresh-while-pending";
import { decideConsentScopeRequestAction } from "@/lib/consent-scopes/consent-scope-actions";
import type { TConsentScopeRequestView } from "@/lib/consent-scopes/list-consent-scope-requests";

type TQueue = { pending: TConsentScopeRequestView[]; decided: TConsentScopeRequestView[] };

/** Platform administrators grant or refuse (with a reason) each consumer's request for the consent API scopes. */
export function ConsentScopeQueue({ queue }: { queue: TQueue }) {
  const t = useTranslations("clients.queue");
  useRefreshWhilePending(queue.decided.some((r) => r.state === "granting"));
  return (
    <div className="space-y-6">
      <section aria-labelledby="queue-pending" className="space-y-3">
        <h2 id="queue-pending" className="text-lg font-semibold">
          {t("pendingTitle")}
        </h2>
        {queue.pending.length === 0 && <p className="text-slate-700">{t("nonePending")}</p>}
        {queue.pending.map((request) => (
          <PendingRequest key={request.id} request={request} />
        ))}
      </section>
      <section aria-labelledby="queue-decided" className="space-y-2">
        <h2 id="queue-decided" className="text-lg font-semibold">
          {t("decidedTitle")}
        </h2>
        <ul className="space-y-1">
          {queue.decided.map((request) => (
            <DecidedRequest key={request.id} request={request} />
          ))}
        </ul>
      </section>
    </div>
  );
}

const who = (request: TConsentScopeRequestView) => `${request.organisation.name} (${request.organisation.orgNumber})`;

function PendingRequest({ request }: { request: TConsentScopeRequestView }) {
  const t = useTranslations("clients.queue");
  const [reason, setReason] = useState("");
  const { error, pending, submit } = useActionSubmit();
  const decide = (decision: "grant" | "refuse") =>
    void submit(decideConsentScopeRequestAction, { requestId: request.id, decision, reason });
  const reasonId = `reason-${request.id}`;
  // A refusal without a reason is the one field error here: shown as the alert itself, beside the reason.
  const message = error && (error.fieldErrors?.reason?.[0] ?? error.message);
  return (
    <Card
      as="article"
      data-testid="consent-scope-request"
      data-org={request.organisation.orgNumber}
      data-environment={request.environment}
      className="space-y-2"
    >
      <h3 className="font-semibold">{t("requestTitle", { who: who(request), environment: request.environment })}</h3>
      <Button
        variant="primary"
        pending={pending}
        onClick={() => decide("grant")}
        aria-label={t("grantLabel", { who: who(request) })}
      >
        {t("grant")}
      </Button>
      <div>
        <label htmlFor={reasonId} className="block text-sm font-medium">
          {t("reason")}
        </label>
        <textarea
          id={reasonId}
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-describedby={`${reasonId}-error`}
          className={`w-full ${CONTROL_CLASS}`}
        />
        {message && (
          <p id={`${reasonId}-error`} role="alert" className="text-sm text-red-700">
            {message}
          </p>
        )}
      </div>
      <Button
        variant="danger"
        pending={pending}
        onClick={() => decide("refuse")}
        aria-label={t("refuseLabel", { who: who(request) })}
      >
        {t("refuse")}
      </Button>
    </Card>
  );
}

function DecidedRequest({ request }: { request: TConsentScopeRequestView }) {
  const t = useTranslations("clients.queue");
  const failure = request.failure;
  return (
    <li
      data-testid="consent-scope-decided"
      data-org={request.organisation.orgNumber}
      data-state={request.state}
      className="text-sm"
    >
      {t(`state.${request.state}`, {
        who: who(request),
        environment: request.environment,
        reason: request.reason ?? failure?.reason ?? "",
      })}{" "}
      {failure && <RetryButton changeId={failure.changeId} label={t("retry")} inline />}
    </li>
  );
}
