import "server-only";
import type { TDb, TTx } from "@/lib/platform/db/prisma";
import { latestUpstreamChanges, type TUpstreamSyncState } from "@/lib/platform/jobs/latest-upstream-changes";
import { SCOPE_TARGET_TYPE } from "./scope-target";

// Whether Maskinporten has what the portal asked for, read from each scope's latest upstream change.

export type TScopeSyncState = TUpstreamSyncState;

/** The latest change per target id (`{environment}:{name}`), scoped by organisation in the query. */
export async function latestScopeChanges(options: {
  db: TDb | TTx;
  organisationId: string;
  targetIds: string[];
}): Promise<Map<string, TScopeSyncState>> {
  return latestUpstreamChanges({ ...options, targetType: SCOPE_TARGET_TYPE });
}
