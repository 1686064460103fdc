"use client";

import { useLiveQuery } from "@/components/ui/live-query";
import { useTranslations } from "next-intl";
import { RecheckButton } from "@/components/ui/recheck-button";
import type { TDelegationStatus } from "@/lib/delegations/check-delegations";
import { delegationsUrl } from "@/lib/delegations/delegation-urls";
import { fetchJson } from "@/lib/platform/query/fetch-json";
import { queryKeys } from "@/lib/platform/query/keys";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";
import { Section } from "@/components/ui/section";

type TProps = {
  orgNumber: string;
  orgName: string;
  operatorName: string;
  operatorOrg: string;
  /** The page preloads each environment's answer (delegationsUrl, with its LiveCheckPreload): taken as the first. */
  preloaded?: boolean;
};

/** Whether the portal can act for the organisation in each environment, checked live against Maskinporten. */
export function DelegationPanel(props: TProps) {
  const t = useTranslations("delegations");
  return (
    <Section headingId="delegations-heading" title={t("title")} card className="space-y-3">
      <p className="text-sm text-slate-700">
        {t("intro", { operator: props.operatorName, operatorOrg: props.operatorOrg })}
      </p>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <EnvironmentDelegations {...props} environment="test" />
        <EnvironmentDelegations {...props} environment="prod" />
      </div>
    </Section>
  );
}

function EnvironmentDelegations(props: TProps & { environment: TUpstreamEnvironment }) {
  const t = useTranslations("delegations");
  const query = useLiveQuery(
    [...queryKeys.delegations(props.orgNumber), props.environment],
    () => fetchJson<TDelegationStatus>(delegationsUrl(props.orgNumber, props.environment)),
    { preloadedFrom: props.preloaded ? delegationsUrl(props.orgNumber, props.environment) : undefined },
  );
  const status = query.data;
  const missing = status?.scopes.filter((scope) => !scope.delegated) ?? [];
  return (
    <div
      className="min-w-0 space-y-2 rounded border border-slate-200 p-3"
      data-testid={`delegations-${props.environment}`}
    >
      <div className="flex items-center justify-between gap-2">
        <h3 className="font-medium">{t(`environment.${props.environment}`)}</h3>
        <RecheckButton query={query} messages="delegations" small />
      </div>
      <div aria-live="polite">
        {query.isPending && <p className="text-sm text-slate-600">{t("checking")}</p>}
        {query.isError && (
          <p role="alert" className="text-sm text-red-700">
            {query.error?.message}
          </p>
        )}
        {status?.state === "unknown" && (
          <p className="text-sm text-amber-800">{t("unknown", { reason: status.unknownReason ?? "" })}</p>
        )}
        {status?.state === "complete" && <p className="text-sm font-medium text-green-800">{t("complete")}</p>}
        {status?.state === "missing" && (
          <div className="space-y-2 text-sm">
            <p className="font-medium text-red-800">{t("missing", { count: missing.length })}</p>
            <ul className="list-disc pl-5">
              {missing.map((scope) => (
                <li key={scope.scope}>
                  <code className="break-all">{scope.scope}</code>
                </li>
              ))}
            </ul>
            <p className="text-slate-700 wrap-anywhere">
              {t("howTo", { org: props.orgName, operator: props.operatorName, operatorOrg: props.operatorOrg })}
            </p>
          </div>
        )}
      </div>
      {status && status.state !== "unknown" && (
        <ul className="space-y-1 text-sm" aria-label={t("scopeList")}>
          {status.scopes.map((scope) => (
            <li key={scope.scope} className="flex items-center gap-2">
              <span aria-hidden>{scope.delegated ? "✓" : "✗"}</span>
              <code className="break-all">{scope.scope}</code>
              <span className="sr-only">{scope.delegated ? t("delegated") : t("notDelegated")}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
