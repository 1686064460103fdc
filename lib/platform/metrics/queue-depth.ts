import "server-only";
import type { PgBoss } from "pg-boss";
import { UPSTREAM_QUEUE } from "@/lib/platform/jobs/boss";
import { declareMetric } from "./registry";

const STATES = ["ready", "deferred", "blocked", "active", "failed"] as const;

const queueJobs = declareMetric("gauge", "portal_upstream_queue_jobs", {
  help: "Jobs in the upstream change queue by state (ready to run, deferred for a retry, blocked, active, failed)",
  labelNames: ["queue", "state"] as const,
});

/**
 * Reads the upstream queue's size from pg-boss (its queue table, kept current by the worker's monitor) into the
 * gauge; called just before each scrape, so the number is as fresh as pg-boss's own.
 */
export async function updateQueueDepth(boss: PgBoss): Promise<void> {
  const queue = await boss.getQueue(UPSTREAM_QUEUE);
  const gauge = queueJobs();
  for (const state of STATES) {
    const count = queue ? queue[`${state}Count`] : 0;
    gauge.set({ queue: UPSTREAM_QUEUE, state }, count);
  }
}
