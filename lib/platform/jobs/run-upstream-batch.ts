import "server-only";
import type { JobResult } from "pg-boss";
import type { LimitFunction } from "p-limit";
import type { PrismaClient } from "@/lib/platform/db/create-prisma-client";
import type { TAfterUpstreamChange } from "./after-upstream-change";
import { lockKeyOf } from "./apply-in-order";
import { changesToTarget, type TChangesToTarget, type TLockTarget } from "./changes-to-target";
import type { TUpstreamHandlers } from "./define-upstream-job";
import { runUpstreamChange } from "./run-upstream-change";

// One fetch of the queue gives the worker a batch of jobs. Jobs for different upstream objects run side by side (at
// most `limit` at once across the worker, as each holds a database connection while its calls run); jobs for the same
// object run one after the other in queue order, since apply-in-order.ts would make them wait for each other's lock
// anyway, each holding a connection while it waits. What the group's first job reads of the target under its lock is
// kept for the next ones (changes-to-target.ts). Each job's outcome is reported on its own (pg-boss `perJobResults`):
// a failed job is retried by the queue with backoff, the rest of the batch completes.

export type TUpstreamJob = { id: string; retryCount: number; data: { changeId: string } };

type TBatchOptions = {
  db: PrismaClient;
  handlers: TUpstreamHandlers;
  listeners: readonly TAfterUpstreamChange[];
  retryLimit: number;
  limit: LimitFunction;
};

type TGroup = { target?: { lock: TLockTarget; changes: TChangesToTarget }; jobs: TUpstreamJob[] };

/** The batch's jobs grouped by the object they change, each group in queue order; unknown changes run alone. */
async function groupByObject(options: TBatchOptions, jobs: readonly TUpstreamJob[]): Promise<TGroup[]> {
  const changes = await options.db.upstreamChange.findMany({
    where: { id: { in: jobs.map((job) => job.data.changeId) } },
    select: { id: true, organisationId: true, environment: true, targetType: true, targetId: true, sequence: true },
  });
  const byId = new Map(changes.map((change) => [change.id, change]));
  const groups = new Map<string, TGroup>();
  for (const job of jobs) {
    const change = byId.get(job.data.changeId);
    const key = change ? lockKeyOf(change) : `job:${job.id}`;
    const group = groups.get(key) ?? {
      target: change && { lock: change, changes: changesToTarget(change, options.handlers) },
      jobs: [],
    };
    group.jobs.push(job);
    groups.set(key, group);
  }
  const sequenceOf = (job: TUpstreamJob) => byId.get(job.data.changeId)?.sequence ?? 0n;
  for (const group of groups.values())
    group.jobs.sort((a, b) => (sequenceOf(a) < sequenceOf(b) ? -1 : sequenceOf(a) > sequenceOf(b) ? 1 : 0));
  return [...groups.values()];
}

async function runJob(job: TUpstreamJob, target: TGroup["target"], options: TBatchOptions): Promise<JobResult> {
  try {
    await runUpstreamChange({
      target,
      db: options.db,
      changeId: job.data.changeId,
      handlers: options.handlers,
      listeners: options.listeners,
      retryCount: job.retryCount,
      retryLimit: options.retryLimit,
    });
    return { id: job.id, status: "completed" };
  } catch (error) {
    // runUpstreamChange has recorded the reason on the change; the queue retries the job with backoff.
    return {
      id: job.id,
      status: "failed",
      output: { message: error instanceof Error ? error.message : String(error) },
    };
  }
}

/** Runs one fetched batch and answers each job's outcome. */
export async function runUpstreamBatch(jobs: readonly TUpstreamJob[], options: TBatchOptions): Promise<JobResult[]> {
  const groups = await groupByObject(options, jobs);
  const results = await Promise.all(
    groups.map((group) =>
      options.limit(async () => {
        const outcomes: JobResult[] = [];
        for (const job of group.jobs) outcomes.push(await runJob(job, group.target, options));
        return outcomes;
      }),
    ),
  );
  return results.flat();
}
