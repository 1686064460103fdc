"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { TextAreaField } from "@/components/forms/text-area-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { RetryButton } from "@/components/ui/retry-button";
import { useRefreshWhilePending } from "@/components/ui/use-refresh-while-pending";
import { decideConsentScopeRequestAction } from "@/lib/consent-scopes/consent-scope-actions";
import type { TConsentScopeRequestView } from "@/lib/consent-scopes/list-consent-scope-requests";
import { Section } from "@/components/ui/section";

type TQueue = { pending: TConsentScopeRequestView[]; decided: TConsentScopeRequestView[] };

/** Platform administrators grant or refuse (with a reason) each consumer's request for the consent API scopes. */
export function ConsentScopeQueue({ queue }: { queue: TQueue }) {
  const t = useTranslations("clients.queue");
  useRefreshWhilePending(queue.decided.some((r) => r.state === "granting"));
  return (
    <div className="space-y-6">
      <Section headingId="queue-pending" title={t("pendingTitle")} className="space-y-3">
        {queue.pending.length === 0 && <p className="text-slate-700">{t("nonePending")}</p>}
        {queue.pending.map((request) => (
          <PendingRequest key={request.id} request={request} />
        ))}
      </Section>
      <Section headingId="queue-decided" title={t("decidedTitle")} className="space-y-2">
        <ul className="space-y-1">
          {queue.decided.map((request) => (
            <DecidedRequest key={request.id} request={request} />
          ))}
        </ul>
      </Section>
    </div>
  );
}

const who = (request: TConsentScopeRequestView) => `${request.organisation.name} (${request.organisation.orgNumber})`;

function PendingRequest({ request }: { request: TConsentScopeRequestView }) {
  const t = useTranslations("clients.queue");
  const tEnv = useTranslations("layout.environments");
  const [reason, setReason] = useState("");
  const { error, pending, submit } = useActionSubmit();
  const decide = (decision: "grant" | "refuse") =>
    void submit(decideConsentScopeRequestAction, { requestId: request.id, decision, reason });
  const reasonId = `reason-${request.id}`;
  // Granting is the form's main action; refusing takes the request away.
  const decideButton = (decision: "grant" | "refuse") => (
    <Button
      variant={decision === "grant" ? "primary" : "danger"}
      pending={pending}
      onClick={() => decide(decision)}
      aria-label={t(`${decision}Label`, { who: who(request) })}
    >
      {t(decision)}
    </Button>
  );
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
      <h3 className="font-semibold">
        {t("requestTitle", { who: who(request), environment: tEnv(envKey(request.environment)) })}
      </h3>
      {decideButton("grant")}
      <TextAreaField
        id={reasonId}
        label={t("reason")}
        rows={2}
        textareaProps={{ value: reason, onChange: (e) => setReason(e.target.value) }}
        messages={
          message ? (
            <p id={`${reasonId}-error`} role="alert" className="text-sm text-red-700">
              {message}
            </p>
          ) : undefined
        }
      />
      {decideButton("refuse")}
    </Card>
  );
}

function DecidedRequest({ request }: { request: TConsentScopeRequestView }) {
  const t = useTranslations("clients.queue");
  const tEnv = useTranslations("layout.environments");
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
        environment: tEnv(envKey(request.environment)),
        reason: request.reason ?? failure?.reason ?? "",
      })}{" "}
      {failure && <RetryButton changeId={failure.changeId} label={t("retry")} inline />}
    </li>
  );
}

/** The environment as `layout.environments` names it ("TEST" → "test"), so the page shows a word, not the value. */
function envKey(environment: string): "test" | "prod" {
  return environment.toLowerCase() === "prod" ? "prod" : "test";
}
