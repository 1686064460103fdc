// The one place live-query keys (components/ui/live-query.ts) are made, so invalidations always match (never inline string keys).
export const queryKeys = {
  upstreamStatus: () => ["upstream-status"] as const,
  delegations: (orgNumber: string) => ["delegations", orgNumber] as const,
  /** `syncVersion` changes whenever a scope's latest change does, so the comparison is made again. */
  scopesInMaskinporten: (orgNumber: string, environment: string, syncVersion: string) =>
    ["scopes-in-maskinporten", orgNumber, environment, syncVersion] as const,
  checklist: (orgNumber: string, environment: string) => ["checklist", orgNumber, environment] as const,
  kitDelegations: (orgNumber: string) => ["delegations", orgNumber, "test", "consentRequests"] as const,
};
