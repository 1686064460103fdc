import "server-only";
import type { PgBoss } from "pg-boss";
import type { PrismaClient } from "@/lib/platform/db/create-prisma-client";
import { logger } from "@/lib/platform/logger";
import type { TAfterUpstreamChange } from "./after-upstream-change";
import { startBoss, UPSTREAM_QUEUE, UPSTREAM_QUEUE_OPTIONS } from "./boss";
import { runUpstreamChange } from "./run-upstream-change";
import type { TUpstreamHandlers } from "./define-upstream-job";

/** Starts working the upstream queue: a few jobs at a time, each retried by pg-boss when it throws. */
export async function startWorker(options: {
  connectionString: string;
  db: PrismaClient;
  handlers: TUpstreamHandlers;
  /** Told when a change settles; required, so wiring them is never left to an import's side effect. */
  listeners: readonly TAfterUpstreamChange[];
  concurrency?: number;
}): Promise<PgBoss> {
  const boss = await startBoss(options.connectionString, "worker");
  await boss.work<{ changeId: string }>(
    UPSTREAM_QUEUE,
    { localConcurrency: options.concurrency ?? 4, pollingIntervalSeconds: 0.5 },
    async ([job]) => {
      if (!job) return;
      const outcome = await runUpstreamChange({
        db: options.db,
        changeId: job.data.changeId,
        handlers: options.handlers,
        listeners: options.listeners,
        retryCount: job.retryCount,
        retryLimit: UPSTREAM_QUEUE_OPTIONS.retryLimit,
      });
      logger.debug({ changeId: job.data.changeId, outcome }, "upstream change done");
    },
  );
  return boss;
}

/**
 * Stops the worker the way an orchestrator's SIGTERM asks: no new jobs are fetched, running ones finish (pg-boss's
 * graceful stop waits for its handlers), and only what is still running after `timeoutMs` is failed back to the
 * queue, to be retried by another worker. Keep `timeoutMs` below the pod's termination grace period.
 */
export async function stopWorker(boss: PgBoss, options: { timeoutMs: number }): Promise<void> {
  await boss.stop({ graceful: true, close: true, timeout: options.timeoutMs });
}
