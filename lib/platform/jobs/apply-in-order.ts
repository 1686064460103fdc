import "server-only";
import type { PrismaClient } from "@/lib/platform/db/create-prisma-client";
import type { TUpstreamHandlers } from "./define-upstream-job";
import { FinalFailureError } from "./upstream-job-kit";
import { changesToTarget, type TChangesToTarget, type TLockTarget } from "./changes-to-target";

// Changes to one upstream object are applied in the order they were queued, whoever runs them (the queue's retry,
// a person's Retry, a second worker). Under a transaction-scoped advisory lock on the change's target, the runner
// re-reads the change and looks for newer changes (higher `sequence`) to the same objects: a change a newer one has
// made moot is never sent (it settles as superseded), and the newest one sends the object's desired state. The lock
// is held while the change is sent, so an older change cannot land after a newer one has checked and been applied.

/** Below pg-boss's expiry (boss.ts, 120 s): the lock is held while the change's calls run, waiting included. */
const HOLD_LOCK_MS = 110_000;
/** How long a job may wait for a connection of its own to hold the lock on. */
const CONNECTION_WAIT_MS = 10_000;

export type TOrderedRun =
  | { outcome: "skipped" }
  | { outcome: "superseded"; kind: string; supersededById: string }
  | { outcome: "applied"; kind: string };

/** The changes that share this key change one upstream object (or a whole target) and are applied one at a time. */
export function lockKeyOf(target: TLockTarget): string {
  return `upstream-change:${target.organisationId ?? "-"}:${target.environment}:${target.targetType}:${target.targetId}`;
}

/**
 * Runs one change's handler in queue order with the other changes to its objects (see above). Returns "skipped"
 * for a change that is gone or already synced (a second worker got there first), "superseded" when newer changes
 * set all of its objects (the row is settled, naming the newest), else "applied" once the handler has succeeded.
 * Throws what the handler throws.
 */
export async function applyInOrder(options: {
  db: PrismaClient;
  changeId: string;
  handlers: TUpstreamHandlers;
  /** The change's target, when the caller has read it, with what has been read of it (run-upstream-batch.ts). */
  target?: { lock: TLockTarget; changes: TChangesToTarget };
}): Promise<TOrderedRun> {
  const { db, changeId, handlers } = options;
  const target = options.target ?? (await readTarget(db, changeId, handlers));
  if (!target) return { outcome: "skipped" };
  return db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(${lockKeyOf(target.lock)}, 0))`;
      // Read again under the lock: another worker may have settled it while this one waited.
      const change = await target.changes.read(tx, changeId);
      if (!change || change.status === "SYNCED") return { outcome: "skipped" };
      const superseders = target.changes.supersedersOf(change);
      const live = new Set([...superseders].filter(([, by]) => by === null).map(([key]) => key));
      if (live.size === 0) {
        const supersededById = [...superseders.values()].find((by) => by !== null)!;
        await tx.upstreamChange.update({
          where: { id: changeId },
          data: { status: "SYNCED", supersededById, lastError: null, completedAt: new Date() },
        });
        return { outcome: "superseded", kind: change.kind, supersededById };
      }
      const handler = handlers[change.kind];
      if (!handler) throw new FinalFailureError(`no handler for ${change.kind}`);
      if (live.size === superseders.size) {
        await handler(change);
      } else {
        if (!handler.partial) throw new FinalFailureError(`${change.kind} names several objects but cannot send some`);
        await handler(change, live);
      }
      return { outcome: "applied", kind: change.kind };
    },
    { timeout: HOLD_LOCK_MS, maxWait: CONNECTION_WAIT_MS },
  );
}

async function readTarget(db: PrismaClient, changeId: string, handlers: TUpstreamHandlers) {
  const lock = await db.upstreamChange.findUnique({
    where: { id: changeId },
    select: { organisationId: true, environment: true, targetType: true, targetId: true },
  });
  return lock && { lock, changes: changesToTarget(lock, handlers) };
}
