import "server-only";
import type { PrismaClient } from "@/lib/platform/db/create-prisma-client";
import { logger } from "@/lib/platform/logger";
import { recordJobOutcome } from "@/lib/platform/metrics/record-job-outcome";
import { afterUpstreamChange, type TAfterUpstreamChange } from "./after-upstream-change";
import { describeUpstreamFailure } from "./describe-upstream-failure";
import { applyInOrder, type TOrderedRun } from "./apply-in-order";
import type { TUpstreamHandlers } from "./define-upstream-job";

export type TRunOutcome = "synced" | "failed" | "skipped" | "superseded";

/**
 * Carries out one upstream change, in order with the other changes to the same objects (apply-in-order.ts): a change
 * a newer one made moot is never sent, however it comes to run again. Handlers are idempotent (a retry after a lost
 * response finds the change already made and succeeds), so running a change twice is harmless. A retryable failure is
 * rethrown for pg-boss to retry with backoff; a final one marks the change failed with its reason. Once the change
 * settles, the listeners hear of it (the worker passes the registry's `upstreamChangeListeners`).
 */
export async function runUpstreamChange(options: {
  db: PrismaClient;
  changeId: string;
  handlers: TUpstreamHandlers;
  listeners?: readonly TAfterUpstreamChange[];
  retryCount: number;
  retryLimit: number;
  /** The change's target and what has been read of it, when the caller runs several of its changes. */
  target?: Parameters<typeof applyInOrder>[0]["target"];
}): Promise<TRunOutcome> {
  const { db, changeId, handlers, listeners = [] } = options;
  let run: TOrderedRun;
  try {
    run = await applyInOrder({ db, changeId, handlers, target: options.target });
  } catch (error) {
    const { reason, retryable } = describeUpstreamFailure(error);
    const final = !retryable || options.retryCount >= options.retryLimit;
    const change = await db.upstreamChange.update({
      where: { id: changeId },
      data: {
        attempts: { increment: 1 },
        lastError: reason,
        ...(final ? { status: "FAILED", completedAt: new Date() } : {}),
      },
      select: { kind: true },
    });
    logger.warn({ changeId, kind: change.kind, reason, final }, "upstream change failed");
    recordJobOutcome(change.kind, final ? "failed" : "retry", options.retryCount + 1);
    if (final) {
      await afterUpstreamChange({
        db,
        change: { id: changeId, kind: change.kind, status: "FAILED", lastError: reason },
        listeners,
      });
      return "failed";
    }
    throw error;
  }
  if (run.outcome === "skipped") return "skipped";
  recordJobOutcome(run.kind, run.outcome === "applied" ? "synced" : "superseded", options.retryCount + 1);
  if (run.outcome === "applied") {
    await db.upstreamChange.update({
      where: { id: changeId },
      data: { status: "SYNCED", attempts: { increment: 1 }, lastError: null, completedAt: new Date() },
    });
  } else {
    logger.info({ changeId, kind: run.kind, supersededById: run.supersededById }, "upstream change superseded");
  }
  // A superseded change is settled too: nothing of it is left to send, the newer change carries the object's state.
  await afterUpstreamChange({
    db,
    change: { id: changeId, kind: run.kind, status: "SYNCED", lastError: null },
    listeners,
  });
  return run.outcome === "applied" ? "synced" : "superseded";
}
