"use client";

import { useAsyncAction } from "@/components/ui/use-async-action";
import { useHydrated } from "@/components/ui/use-hydrated";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRefreshWhilePending } from "@/components/ui/use-refresh-while-pending";
import { Button } from "@/components/ui/button";
import { UpstreamSyncStatus } from "@/components/ui/upstream-sync-status";
import { placeProblems } from "@/lib/integration-kit/altinn-problems";
import { normaliseConsentStatus, sameConsentStatus } from "@/lib/integration-kit/consent-status";
import type { TConsentTokenOutcome } from "@/lib/integration-kit/fetch-consent-token";
import type { TApprovalReturn } from "@/lib/integration-kit/kit-return";
import type { TIntegrationTestSummary } from "@/lib/integration-kit/list-integration-tests";
import { readUpstreamFailure } from "@/lib/platform/jobs/describe-upstream-failure";
import { AltinnProblemList } from "./altinn-problem-list";
import { DecodedToken } from "./decoded-token";
import { Section } from "@/components/ui/section";

type TProps = {
  orgNumber: string;
  test: TIntegrationTestSummary;
  /** What Altinn's approval page appended when it just sent the person back here. */
  returned: TApprovalReturn | null;
  /** False when the status could not be re-read from Altinn after that return. */
  statusFresh: boolean;
  canAct: boolean;
};

async function postForToken(orgNumber: string, testId: string): Promise<TConsentTokenOutcome> {
  const response = await fetch(`/orgs/${orgNumber}/integration/tests/${testId}/token`, { method: "POST" });
  const body = (await response.json().catch(() => null)) as
    (TConsentTokenOutcome & { error?: { message?: string } }) | null;
  if (!response.ok || !body || body.error) throw new Error(body?.error?.message ?? `HTTP ${response.status}`);
  return body;
}

/** One test run: its creation in Altinn, the approval page, and the consent token fetched once approved. */
export function IntegrationTestPanel({ orgNumber, test, returned, statusFresh, canAct }: TProps) {
  const t = useTranslations("integrationKit.test");
  const tStatus = useTranslations("integrationKit.statuses");
  const router = useRouter();
  useRefreshWhilePending(test.sync?.status === "PENDING");
  const party = test.from.split(":").at(-1) ?? test.from;
  // A route handler, not an action: nothing revalidates, so the page re-reads the consent's status itself.
  const token = useAsyncAction(
    () => postForToken(orgNumber, test.id),
    () => router.refresh(),
  );
  const hydrated = useHydrated();
  const outcome = token.data;
  // Altinn's spelling is kept in the data; people read the status in their language.
  const statusText = (status: string) => {
    const known = normaliseConsentStatus(status);
    return known ? tStatus(known) : status;
  };

  // A failed creation: Altinn's problems as a list, its policy's 403 in words, anything else as the stored reason.
  const failure = test.sync?.status === "FAILED" ? readUpstreamFailure(test.sync.lastError) : null;
  const problems = failure
    ? placeProblems(failure.problems, {
        request: { from: test.from, requiredDelegator: test.requiredDelegator },
        declaredKeys: test.metadataKeys,
      })
    : [];
  const denied = failure?.status === 403 && !failure.code;
  const failedLabel = (reason: string) => {
    if (denied) return t("denied", { org: orgNumber, resource: test.resourceIdentifier });
    if (failure?.notUnderstood) return t("notUnderstood");
    if (problems.length)
      return t("failedProblems", {
        status: String(failure?.status ?? ""),
        code: failure?.code ? ` ${failure.code}` : "",
      });
    return t("failed", { reason });
  };
  // Altinn's `Status=OK` says only that the person left the approval page; whether they answered is the request's
  // status as read now, so the note never claims an answer the status line below does not show.
  const unanswered = !test.consentStatus || sameConsentStatus(test.consentStatus, "created");
  const delegationHint = (
    <p className="text-sm">
      <a href="#preflight-heading" className="underline">
        {t("failureHint")}
      </a>
    </p>
  );

  return (
    <Section
      headingId="test-heading"
      title={t("title")}
      card
      data-testid="integration-test"
      data-test-id={test.id}
      className="space-y-3"
    >
      <p className="text-sm text-slate-700">{t("id", { id: test.id, resource: test.resourceIdentifier, party })}</p>
      <UpstreamSyncStatus
        orgNumber={orgNumber}
        sync={test.sync}
        canRetry={canAct}
        testId="integration-test-sync"
        labels={{
          pending: t("pending"),
          retrying: (attempts, reason) => t("retrying", { attempts, reason }),
          synced: t("synced"),
          failed: failedLabel,
          retry: t("retry"),
          retryFor: t("retryFor"),
        }}
        failureHint={
          problems.length ? (
            <AltinnProblemList problems={problems} />
          ) : denied || failure?.notUnderstood ? null : (
            delegationHint
          )
        }
      />
      {returned && (
        <p role="status" data-testid="approval-return" data-outcome={returned.outcome}>
          {returned.outcome === "ok" && (unanswered ? t("returnedUnanswered") : t("returned"))}
          {returned.outcome === "failed" &&
            (returned.errorMessage ? t("returnedFailed", { message: returned.errorMessage }) : t("returnedFailedBare"))}
          {returned.outcome === "other" && t("returnedOther", { status: returned.status })}
        </p>
      )}
      {test.consentStatus && (
        <p data-testid="consent-status" data-status={normaliseConsentStatus(test.consentStatus) ?? test.consentStatus}>
          {t("status", { status: statusText(test.consentStatus) })}
          {returned && !statusFresh && <span className="block text-sm text-slate-600">{t("statusStale")}</span>}
        </p>
      )}
      {test.viewUri && test.sync?.status === "SYNCED" && (
        <p className="space-x-2">
          <a href={test.viewUri} className="font-medium text-brand-700 underline">
            {t("openApproval")}
          </a>
          <span className="text-sm text-slate-600">{t("approvalHint", { party })}</span>
        </p>
      )}
      {canAct && test.sync?.status === "SYNCED" && (
        <Button
          variant="primary"
          size="md"
          onClick={() => token.mutate()}
          disabled={!hydrated}
          pending={token.isPending}
          pendingLabel={t("fetching")}
        >
          {t("fetchToken")}
        </Button>
      )}
      <div aria-live="polite">
        {token.error && (
          <p role="alert" className="text-red-800">
            {t("requestFailed", { message: token.error.message })}
          </p>
        )}
        {outcome?.kind === "notCreated" && <p className="text-amber-800">{t("notCreated")}</p>}
        {outcome?.kind === "notApproved" && (
          <p className="text-amber-800">
            {sameConsentStatus(outcome.status, "rejected")
              ? t("rejected")
              : t("notApproved", { status: statusText(outcome.status) })}
          </p>
        )}
        {outcome?.kind === "refused" && <p className="text-red-800">{t("refused", { reason: outcome.reason })}</p>}
      </div>
      {outcome?.kind === "token" && (
        <DecodedToken token={outcome.token} header={outcome.header} claims={outcome.claims} />
      )}
    </Section>
  );
}
