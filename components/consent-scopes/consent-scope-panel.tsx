"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useRefreshWhilePending } from "@/components/scopes/use-refresh-while-pending";
import { requestConsentScopesAction } from "@/lib/actions/consent-scope-actions";
import type { TConsentScopeRequestView } from "@/lib/consent-scopes/list-consent-scope-requests";

/** The consumer's request to Digdir for the consent API scopes in this environment, and its status. */
export function ConsentScopePanel(props: {
  orgNumber: string;
  environment: "test" | "prod";
  request: TConsentScopeRequestView | null;
  canRequest: boolean;
}) {
  const t = useTranslations("clients.consentScopes");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const state = props.request?.state;
  useRefreshWhilePending(state === "granting");
  const canAsk = props.canRequest && (!state || state === "refused");

  const ask = () =>
    startTransition(async () => {
      const result = await requestConsentScopesAction({ orgNumber: props.orgNumber, environment: props.environment });
      setError(result.ok ? null : result.error.message);
      router.refresh();
    });

  return (
    <section aria-labelledby="consent-scopes-heading" className="space-y-2 rounded border border-slate-200 bg-white p-4" data-testid="consent-scopes" data-state={state ?? "none"}>
      <h2 id="consent-scopes-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-slate-700">{t("intro")}</p>
      <div aria-live="polite">
        {!state && <p>{t("notRequested")}</p>}
        {state === "pending" && <p className="text-amber-800">{t("pending")}</p>}
        {state === "granting" && <p className="text-amber-800">{t("granting")}</p>}
        {state === "granted" && <p className="font-medium text-green-800">{t("granted")}</p>}
        {state === "failed" && <p className="text-red-800">{t("failed")}</p>}
        {state === "refused" && <p className="text-red-800">{t("refused", { reason: props.request?.reason ?? "" })}</p>}
      </div>
      {canAsk && (
        <button type="button" disabled={pending} onClick={ask} className="rounded bg-brand-600 px-3 py-1.5 text-white hover:bg-brand-700 disabled:opacity-60">
          {state === "refused" ? t("requestAgain") : t("request")}
        </button>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </section>
  );
}
