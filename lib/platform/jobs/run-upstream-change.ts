import "server-only";
import type { PrismaClient } from "@/lib/platform/db/create-prisma-client";
import { logger } from "@/lib/platform/logger";
import { afterUpstreamChange, type TAfterUpstreamChange } from "./after-upstream-change";
import { describeUpstreamFailure } from "./describe-upstream-failure";
import type { TUpstreamHandlers } from "./define-upstream-job";
import { FinalFailureError } from "./upstream-job-kit";

export type TRunOutcome = "synced" | "failed" | "skipped";

/**
 * Carries out one upstream change. Handlers are idempotent (a retry after a lost response finds the
 * change already made and succeeds), so running a change twice is harmless. A retryable failure is
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
}): Promise<TRunOutcome> {
  const { db, changeId, handlers, listeners = [] } = options;
  const change = await db.upstreamChange.findUnique({ where: { id: changeId } });
  if (!change || change.status === "SYNCED") return "skipped";
  const handler = handlers[change.kind as keyof TUpstreamHandlers];
  try {
    if (!handler) throw new FinalFailureError(`no handler for ${change.kind}`);
    await handler(change);
  } catch (error) {
    const { reason, retryable } = describeUpstreamFailure(error);
    const final = !retryable || options.retryCount >= options.retryLimit;
    await db.upstreamChange.update({
      where: { id: changeId },
      data: {
        attempts: { increment: 1 },
        lastError: reason,
        ...(final ? { status: "FAILED", completedAt: new Date() } : {}),
      },
    });
    logger.warn({ changeId, kind: change.kind, reason, final }, "upstream change failed");
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
  await db.upstreamChange.update({
    where: { id: changeId },
    data: { status: "SYNCED", attempts: { increment: 1 }, lastError: null, completedAt: new Date() },
  });
  await afterUpstreamChange({
    db,
    change: { id: changeId, kind: change.kind, status: "SYNCED", lastError: null },
    listeners,
  });
  return "synced";
}
