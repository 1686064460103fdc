"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { useRefreshWhilePending } from "@/components/ui/use-refresh-while-pending";
import { requestConsentScopesAction } from "@/lib/consent-scopes/consent-scope-actions";
import type { TConsentScopeRequestView } from "@/lib/consent-scopes/list-consent-scope-requests";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";
import { Section } from "@/components/ui/section";

/** The consumer's request to Digdir for the consent API scopes in this environment, and its status. */
export function ConsentScopePanel(props: {
  orgNumber: string;
  environment: TUpstreamEnvironment;
  request: TConsentScopeRequestView | null;
  canRequest: boolean;
}) {
  const t = useTranslations("clients.consentScopes");
  const { error, pending, submit } = useActionSubmit();
  const state = props.request?.state;
  useRefreshWhilePending(state === "granting");
  const canAsk = props.canRequest && (!state || state === "refused");
  const ask = () =>
    void submit(requestConsentScopesAction, { orgNumber: props.orgNumber, environment: props.environment });

  return (
    <Section
      headingId="consent-scopes-heading"
      title={t("title")}
      card
      className="space-y-2"
      data-testid="consent-scopes"
      data-state={state ?? "none"}
    >
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
        <Button variant="primary" size="sm" pending={pending} onClick={ask}>
          {state === "refused" ? t("requestAgain") : t("request")}
        </Button>
      )}
      <FormStatus error={error} compact />
    </Section>
  );
}
