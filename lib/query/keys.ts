// The one place react-query keys are made, so invalidations always match (never inline string keys).
export const queryKeys = {
  upstreamStatus: () => ["upstream-status"] as const,
  delegations: (orgNumber: string) => ["delegations", orgNumber] as const,
};
