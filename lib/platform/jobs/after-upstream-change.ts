import "server-only";
import type { PrismaClient } from "@/lib/platform/db/create-prisma-client";
import { logger } from "@/lib/platform/logger";

export type TSettledUpstreamChange = {
  id: string;
  kind: string;
  status: "SYNCED" | "FAILED";
  lastError: string | null;
};

/**
 * A feature that waits for upstream changes (e.g. an access request waiting for its grants) is told when one
 * settles, instead of the job runner knowing about it; the registry lists the listeners (upstreamChangeListeners).
 * Listeners must be idempotent: a change can settle more than once (a retried change that fails, then succeeds).
 */
export type TAfterUpstreamChange = (options: { db: PrismaClient; change: TSettledUpstreamChange }) => Promise<void>;

/**
 * Tells every listener that a change settled. A listener's failure is logged and does not undo the
 * change's own status: the upstream really has (or has not) the change, whatever a listener does.
 */
export async function afterUpstreamChange(options: {
  db: PrismaClient;
  change: TSettledUpstreamChange;
  listeners: readonly TAfterUpstreamChange[];
}): Promise<void> {
  const { db, change } = options;
  for (const listener of options.listeners) {
    try {
      await listener({ db, change });
    } catch (error) {
      logger.error({ err: error, changeId: change.id }, "after-upstream-change listener failed");
    }
  }
}
