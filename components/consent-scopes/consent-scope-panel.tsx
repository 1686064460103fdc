import { getTranslations } from "next-intl/server";
import { RefreshWhilePending } from "@/components/ui/refresh-while-pending";
import { Section } from "@/components/ui/section";
import type { TConsentScopeRequestView } from "@/lib/consent-scopes/list-consent-scope-requests";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";
import { RequestConsentScopes } from "./request-consent-scopes";

/**
 * The consumer's request to Digdir for the consent API scopes in this environment, and its status. Server HTML; the
 * request button and the re-reading while the grant is on its way are the only client code (issue 17).
 */
export async function ConsentScopePanel(props: {
  orgNumber: string;
  environment: TUpstreamEnvironment;
  request: TConsentScopeRequestView | null;
  canRequest: boolean;
}) {
  const t = await getTranslations("clients.consentScopes");
  const state = props.request?.state;
  const canAsk = props.canRequest && (!state || state === "refused");

  return (
    <Section
      headingId="consent-scopes-heading"
      title={t("title")}
      card
      className="space-y-2"
      data-testid="consent-scopes"
      data-state={state ?? "none"}
    >
      <RefreshWhilePending pending={state === "granting"} />
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
        <RequestConsentScopes orgNumber={props.orgNumber} environment={props.environment} again={state === "refused"} />
      )}
    </Section>
  );
}
