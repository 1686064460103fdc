"use client";

import { useLiveQuery } from "@/components/ui/live-query";
import type { TScopeInMaskinporten } from "@/lib/scopes/compare-with-maskinporten";
import { fetchJson } from "@/lib/platform/query/fetch-json";
import { queryKeys } from "@/lib/platform/query/keys";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";
import { ScopeInMaskinporten } from "./scope-in-maskinporten";

type TComparison = Record<string, TScopeInMaskinporten>;
type TProps = {
  orgNumber: string;
  environment: TUpstreamEnvironment;
  /** Changes whenever a scope's latest change does (queryKeys.scopesInMaskinporten): the comparison is made again. */
  syncVersion: string;
  scopeId: string;
  /** The scope's latest change is still on its way. */
  pending: boolean;
  /** The route the page preloads the comparison from (its LiveCheckPreload); absent when it left the asking to the query. */
  preloadedFrom: string | undefined;
};

/**
 * One row's "In Maskinporten" cell. Every cell of the table shares one live query (one key, so one ask): the answer
 * the page preloaded first, with no query library loaded (issue 17); asked again as live-query.ts says.
 */
export function ScopeComparisonCell({ orgNumber, environment, syncVersion, scopeId, pending, preloadedFrom }: TProps) {
  const comparison = useLiveQuery(
    queryKeys.scopesInMaskinporten(orgNumber, environment, syncVersion),
    () => fetchJson<TComparison>(`/orgs/${orgNumber}/scopes/maskinporten?environment=${environment}`),
    { preloadedFrom, keepPrevious: true, retry: false },
  );
  return (
    <ScopeInMaskinporten
      comparison={comparison.data?.[scopeId]}
      pending={pending}
      checking={comparison.isFetching}
      failed={comparison.isError}
    />
  );
}
