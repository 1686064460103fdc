import "server-only";
import pLimit from "p-limit";
import type { PgBoss } from "pg-boss";
import type { PrismaClient } from "@/lib/platform/db/create-prisma-client";
import { logger } from "@/lib/platform/logger";
import type { TAfterUpstreamChange } from "./after-upstream-change";
import { startBoss, UPSTREAM_QUEUE, UPSTREAM_QUEUE_OPTIONS } from "./boss";
import { runUpstreamBatch } from "./run-upstream-batch";
import type { TUpstreamHandlers } from "./define-upstream-job";

/** Jobs fetched at once by each poller; a full batch makes the poller fetch again at once (pg-boss burst mode). */
const BATCH_SIZE = 25;
const POLLERS = 2;
/**
 * Objects changed at once by one worker. Each holds a database connection while its calls run (apply-in-order.ts), so
 * this stays below the Prisma pool (node-postgres' default of 10) with room for the settling writes.
 */
const PARALLEL_OBJECTS = 8;

/**
 * Starts working the upstream queue. The portal's sends wake the worker through PostgreSQL's LISTEN/NOTIFY (the queue
 * has `notify`, and the NOTIFY is sent when the enqueuing transaction commits), so a change starts within milliseconds
 * of its commit; polling every half second remains as the floor, also while NOTIFY is active, because a retry whose
 * backoff has passed sends no NOTIFY (pg-boss's default backstop of 30 s would leave it waiting that long).
 */
export async function startWorker(options: {
  connectionString: string;
  db: PrismaClient;
  handlers: TUpstreamHandlers;
  /** Told when a change settles; required, so wiring them is never left to an import's side effect. */
  listeners: readonly TAfterUpstreamChange[];
  /** Objects changed at once (default PARALLEL_OBJECTS). */
  concurrency?: number;
}): Promise<PgBoss> {
  const boss = await startBoss(options.connectionString, "worker");
  const batch = {
    db: options.db,
    handlers: options.handlers,
    listeners: options.listeners,
    retryLimit: UPSTREAM_QUEUE_OPTIONS.retryLimit,
    limit: pLimit(options.concurrency ?? PARALLEL_OBJECTS),
  };
  await boss.work<{ changeId: string }>(
    UPSTREAM_QUEUE,
    {
      localConcurrency: POLLERS,
      batchSize: BATCH_SIZE,
      burstWhenBatchFull: true,
      perJobResults: true,
      pollingIntervalSeconds: 0.5,
      notifyPollingIntervalSeconds: 0.5,
    },
    async (jobs) => {
      const results = await runUpstreamBatch(jobs, batch);
      logger.debug({ jobs: jobs.length, failed: results.filter((r) => r.status !== "completed").length }, "batch done");
      return results;
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
