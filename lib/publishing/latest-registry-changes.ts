import "server-only";
import type { TDb, TTx } from "@/lib/platform/db/prisma";
import type { TUpstreamSyncState } from "@/lib/platform/jobs/latest-upstream-changes";
import { RESOURCE_TARGET_TYPE } from "./publication-payload";
import type { TEnvironment } from "@/lib/platform/environment";

/** A registry change's state, as every sync state the UI shows, with when it last moved. */
export type TRegistrySync = Omit<TUpstreamSyncState, "attempts"> & { updatedAt: Date };

/**
 * The latest registry change of a consent resource per environment: its sync state is that change's
 * state (pending, synced, or failed with the reason). Scoped by organisation in the query.
 */
export async function latestRegistryChanges(options: {
  db: TDb | TTx;
  organisationId: string;
  identifier: string;
}): Promise<Record<TEnvironment, TRegistrySync | null>> {
  const rows = await options.db.upstreamChange.findMany({
    where: { organisationId: options.organisationId, targetType: RESOURCE_TARGET_TYPE, targetId: options.identifier },
    orderBy: { createdAt: "desc" },
    select: { id: true, environment: true, kind: true, status: true, lastError: true, updatedAt: true },
    take: 50,
  });
  const latest = (environment: TEnvironment) => {
    const row = rows.find((r) => r.environment === environment);
    return row
      ? { changeId: row.id, kind: row.kind, status: row.status, lastError: row.lastError, updatedAt: row.updatedAt }
      : null;
  };
  return { TEST: latest("TEST"), PROD: latest("PROD") };
}
