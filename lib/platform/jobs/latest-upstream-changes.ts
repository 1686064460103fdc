import "server-only";
import type { TDb, TTx } from "@/lib/platform/db/prisma";

// Where each object's latest change to an upstream API stands: the one query behind every sync state the UI shows.

export type TUpstreamSyncState = {
  changeId: string;
  kind: string;
  status: "PENDING" | "SYNCED" | "FAILED";
  /** Why the last attempt failed; also set while a failing change is still being retried. */
  lastError: string | null;
  attempts: number;
};

/** The latest change per target id, scoped by organisation in the query. */
export async function latestUpstreamChanges(options: {
  db: TDb | TTx;
  organisationId: string;
  targetType: string;
  targetIds: string[];
}): Promise<Map<string, TUpstreamSyncState>> {
  if (options.targetIds.length === 0) return new Map();
  const changes = await options.db.upstreamChange.findMany({
    where: {
      organisationId: options.organisationId,
      targetType: options.targetType,
      targetId: { in: options.targetIds },
    },
    orderBy: { createdAt: "desc" },
    distinct: ["targetId"],
    select: { id: true, targetId: true, kind: true, status: true, attempts: true, lastError: true },
  });
  return new Map(
    changes.map((change) => [
      change.targetId,
      {
        changeId: change.id,
        kind: change.kind,
        status: change.status,
        lastError: change.lastError,
        attempts: change.attempts,
      },
    ]),
  );
}
