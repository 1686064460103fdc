"use client";

import { useLiveQuery } from "@/components/ui/live-query";
import { useTranslations } from "next-intl";
import { RecheckButton } from "@/components/ui/recheck-button";
import type { TDelegationStatus } from "@/lib/delegations/check-delegations";
import { kitDelegationsUrl } from "@/lib/delegations/delegation-urls";
import { fetchJson } from "@/lib/platform/query/fetch-json";
import { queryKeys } from "@/lib/platform/query/keys";
import { Section } from "@/components/ui/section";

/**
 * Whether the organisation has delegated the consent API scopes to the portal in test, asked of Maskinporten scope by
 * scope (a live query: on opening and on demand, not on every refresh of the page): without them the portal cannot
 * create the test request or fetch the token for the organisation.
 */
export function DelegationPreflight({
  orgNumber,
  operator,
  preloadedFrom,
}: {
  orgNumber: string;
  operator: string;
  /** The route's URL the page preloads (kitDelegationsUrl, with its LiveCheckPreload): the first answer. */
  preloadedFrom?: string;
}) {
  const t = useTranslations("integrationKit.try");
  const query = useLiveQuery(
    queryKeys.kitDelegations(orgNumber),
    () => fetchJson<TDelegationStatus>(kitDelegationsUrl(orgNumber)),
    { preloadedFrom },
  );
  const status = query.data;
  const missing = status?.state === "missing" ? status.scopes.filter((s) => !s.delegated).map((s) => s.scope) : [];
  return (
    <Section
      headingId="preflight-heading"
      title={t("preflight")}
      aside={<RecheckButton query={query} messages="delegations" small />}
      card
      data-testid="kit-preflight"
      data-state={status?.state ?? "checking"}
      className="space-y-2"
    >
      <div aria-live="polite" className="space-y-2">
        {query.isError && (
          <p role="alert" className="text-red-700">
            {t("delegationUnknown", { reason: query.error?.message ?? "" })}
          </p>
        )}
        {status?.state === "unknown" && (
          <p className="text-amber-800">{t("delegationUnknown", { reason: status.unknownReason ?? "" })}</p>
        )}
        {status && status.state !== "unknown" && (
          <ul className="list-disc space-y-1 pl-5">
            {status.scopes.map((check) => (
              <li key={check.scope} className={check.delegated ? "text-green-800" : "text-red-800"}>
                {t(check.delegated ? "delegated" : "notDelegated", { scope: check.scope, operator })}
              </li>
            ))}
          </ul>
        )}
        {missing.length > 0 && <p>{t("howToDelegate", { scopes: missing.join(", "), operator })}</p>}
      </div>
    </Section>
  );
}
