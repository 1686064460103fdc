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
  /**
   * Earlier changes to the object that failed and were replaced by a later one: they cannot be sent again (that
   * would undo the later one), so they stay failed until someone dismisses them (dismiss-upstream-change.ts).
   * Named here, or a failure would hide behind a later change that succeeded (a key change after a failed update).
   */
  replacedFailures?: TReplacedFailure[];
};

export type TReplacedFailure = { changeId: string; kind: string; lastError: string | null };

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
  const replaced = await replacedFailures(
    options,
    changes.map((change) => change.id),
  );
  return new Map(
    changes.map((change) => [
      change.targetId,
      {
        changeId: change.id,
        kind: change.kind,
        status: change.status,
        lastError: change.lastError,
        attempts: change.attempts,
        replacedFailures: replaced.get(change.targetId) ?? [],
      },
    ]),
  );
}

/** The failed changes of the targets other than their latest ones, newest first, per target id. */
async function replacedFailures(
  options: { db: TDb | TTx; organisationId: string; targetType: string; targetIds: string[] },
  latestIds: string[],
): Promise<Map<string, TReplacedFailure[]>> {
  const failed = await options.db.upstreamChange.findMany({
    where: {
      organisationId: options.organisationId,
      targetType: options.targetType,
      targetId: { in: options.targetIds },
      status: "FAILED",
      id: { notIn: latestIds },
    },
    orderBy: { createdAt: "desc" },
    select: { id: true, targetId: true, kind: true, lastError: true },
  });
  const byTarget = new Map<string, TReplacedFailure[]>();
  for (const change of failed) {
    const list = byTarget.get(change.targetId) ?? [];
    list.push({ changeId: change.id, kind: change.kind, lastError: change.lastError });
    byTarget.set(change.targetId, list);
  }
  return byTarget;
}
