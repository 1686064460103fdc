import { getTranslations } from "next-intl/server";
import { CONSENT_API_SCOPES } from "@/lib/clients/schemas";
import { env } from "@/lib/config/env";
import { diagnoseDelegation } from "@/lib/upstream/diagnose-delegation";

/**
 * Whether the organisation has delegated the consent API scopes to the portal in test, asked of Maskinporten scope by
 * scope: without them the portal cannot create the test request or fetch the token for the organisation.
 */
export async function DelegationPreflight({ orgNumber }: { orgNumber: string }) {
  const t = await getTranslations("integrationKit.try");
  const operator = env().OPERATOR_ORG_NUMBER;
  const checks = await diagnoseDelegation({ environment: "test", consumerOrg: orgNumber, scopes: CONSENT_API_SCOPES })
    .then((result) => ({ result }))
    .catch((error: unknown) => ({ reason: error instanceof Error ? error.message : "unexpected error" }));
  const missing = "result" in checks ? checks.result.filter((check) => !check.ok).map((check) => check.scope) : [];
  return (
    <section aria-labelledby="preflight-heading" data-testid="kit-preflight" data-state={"reason" in checks ? "unknown" : missing.length ? "missing" : "complete"} className="space-y-2 rounded border border-slate-200 bg-white p-4">
      <h2 id="preflight-heading" className="text-lg font-semibold">
        {t("preflight")}
      </h2>
      {"reason" in checks ? (
        <p className="text-amber-800">{t("delegationUnknown", { reason: checks.reason })}</p>
      ) : (
        <ul className="list-disc space-y-1 pl-5">
          {checks.result.map((check) => (
            <li key={check.scope} className={check.ok ? "text-green-800" : "text-red-800"}>
              {t(check.ok ? "delegated" : "notDelegated", { scope: check.scope, operator })}
            </li>
          ))}
        </ul>
      )}
      {missing.length > 0 && <p>{t("howToDelegate", { scopes: missing.join(", "), operator })}</p>}
    </section>
  );
}
