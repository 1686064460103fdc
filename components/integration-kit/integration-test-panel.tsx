"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRefreshWhilePending } from "@/components/scopes/use-refresh-while-pending";
import { UpstreamSyncStatus } from "@/components/ui/upstream-sync-status";
import type { TConsentTokenOutcome } from "@/lib/integration-kit/fetch-consent-token";
import type { TIntegrationTestSummary } from "@/lib/integration-kit/list-integration-tests";
import { DecodedToken } from "./decoded-token";

type TProps = {
  orgNumber: string;
  test: TIntegrationTestSummary;
  /** The `status` Altinn's approval page sent the person back with, when it just did. */
  returnedStatus: string | null;
  canAct: boolean;
};

async function postForToken(orgNumber: string, testId: string): Promise<TConsentTokenOutcome> {
  const response = await fetch(`/orgs/${orgNumber}/integration/tests/${testId}/token`, { method: "POST" });
  const body = (await response.json().catch(() => null)) as (TConsentTokenOutcome & { error?: { message?: string } }) | null;
  if (!response.ok || !body || body.error) throw new Error(body?.error?.message ?? `HTTP ${response.status}`);
  return body;
}

/** One test run: its creation in Altinn, the approval page, and the consent token fetched once approved. */
export function IntegrationTestPanel({ orgNumber, test, returnedStatus, canAct }: TProps) {
  const t = useTranslations("integrationKit.test");
  const router = useRouter();
  useRefreshWhilePending(test.sync?.status === "PENDING");
  const party = test.from.split(":").at(-1) ?? test.from;
  const token = useMutation({
    mutationFn: () => postForToken(orgNumber, test.id),
    onSuccess: () => router.refresh(),
  });
  const outcome = token.data;

  return (
    <section aria-labelledby="test-heading" data-testid="integration-test" data-test-id={test.id} className="space-y-3 rounded border border-slate-200 bg-white p-4">
      <h2 id="test-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
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
          failed: (reason) => t("failed", { reason }),
          retry: t("retry"),
          retryFor: t("retryFor"),
        }}
        failureHint={
          <p className="text-sm">
            <a href="#preflight-heading" className="underline">
              {t("failureHint")}
            </a>
          </p>
        }
      />
      {returnedStatus && <p role="status">{t("returned", { status: returnedStatus })}</p>}
      {test.consentStatus && <p data-testid="consent-status">{t("status", { status: test.consentStatus })}</p>}
      {test.viewUri && test.sync?.status === "SYNCED" && (
        <p className="space-x-2">
          <a href={test.viewUri} className="font-medium text-brand-700 underline">
            {t("openApproval")}
          </a>
          <span className="text-sm text-slate-600">{t("approvalHint", { party })}</span>
        </p>
      )}
      {canAct && test.sync?.status === "SYNCED" && (
        <button
          type="button"
          onClick={() => token.mutate()}
          disabled={token.isPending}
          className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {token.isPending ? t("fetching") : t("fetchToken")}
        </button>
      )}
      <div aria-live="polite">
        {token.error && (
          <p role="alert" className="text-red-800">
            {t("requestFailed", { message: token.error.message })}
          </p>
        )}
        {outcome?.kind === "notCreated" && <p className="text-amber-800">{t("notCreated")}</p>}
        {outcome?.kind === "notApproved" && (
          <p className="text-amber-800">{outcome.status === "rejected" ? t("rejected") : t("notApproved", { status: outcome.status })}</p>
        )}
        {outcome?.kind === "refused" && <p className="text-red-800">{t("refused", { reason: outcome.reason })}</p>}
      </div>
      {outcome?.kind === "token" && <DecodedToken token={outcome.token} header={outcome.header} claims={outcome.claims} />}
    </section>
  );
}
