import "server-only";
import type { PrismaClient } from "@/lib/db/create-prisma-client";
import { logger } from "@/lib/logger";

export type TSettledUpstreamChange = {
  id: string;
  kind: string;
  status: "SYNCED" | "FAILED";
  lastError: string | null;
};

export type TAfterUpstreamChange = (options: { db: PrismaClient; change: TSettledUpstreamChange }) => Promise<void>;

// Features that wait for upstream changes (e.g. an access request waiting for its grants) register
// here instead of the job runner knowing about them. Listeners must be idempotent: a change can
// settle more than once (a retried change that fails, then succeeds).
const listeners: TAfterUpstreamChange[] = [];

export function onUpstreamChangeSettled(listener: TAfterUpstreamChange): void {
  if (!listeners.includes(listener)) listeners.push(listener);
}

/**
 * Tells every listener that a change settled. A listener's failure is logged and does not undo the
 * change's own status: the upstream really has (or has not) the change, whatever a listener does.
 */
export async function afterUpstreamChange(options: { db: PrismaClient; change: TSettledUpstreamChange }): Promise<void> {
  for (const listener of listeners) {
    try {
      await listener(options);
    } catch (error) {
      logger.error({ err: error, changeId: options.change.id }, "after-upstream-change listener failed");
    }
  }
}
