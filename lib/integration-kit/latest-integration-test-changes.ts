import "server-only";
import type { TDb, TTx } from "@/lib/platform/db/prisma";
import { latestUpstreamChanges, type TUpstreamSyncState } from "@/lib/platform/jobs/latest-upstream-changes";
import { INTEGRATION_TEST_TARGET } from "./schemas";

/**
 * Where each test consent request's creation in Altinn stands: the latest change per test id, scoped by organisation
 * in the query. The one reader for the kit's list and the checklist.
 */
export function latestIntegrationTestChanges(
  db: TDb | TTx,
  organisationId: string,
  testIds: string[],
): Promise<Map<string, TUpstreamSyncState>> {
  return latestUpstreamChanges({ db, organisationId, targetType: INTEGRATION_TEST_TARGET, targetIds: testIds });
}
