import "server-only";
import type { PgBoss, Queue } from "pg-boss";
import type { TEnvironment } from "@/lib/platform/environment";

// The drift check's pg-boss queue, beside the upstream queue (lib/platform/jobs/boss.ts) and the consent monitor's:
// the schedule's job (no data) fans out one job per organisation and environment; "Check now" sends one of those.

export const DRIFT_CHECK_QUEUE = "drift-check";

/** A check reads every managed object of an organisation upstream: minutes for thousands of list members. */
const DRIFT_QUEUE_OPTIONS = { retryLimit: 1, retryDelay: 30, expireInSeconds: 900, notify: true } satisfies Omit<
  Queue,
  "name"
>;

export type TDriftCheckJob = { organisationId?: string; environment?: TEnvironment };

const ensured = new WeakSet<PgBoss>();

/** Creates the queue (or brings its policy up to date); once per pg-boss instance. */
export async function ensureDriftQueue(boss: PgBoss): Promise<void> {
  if (ensured.has(boss)) return;
  if (await boss.getQueue(DRIFT_CHECK_QUEUE)) await boss.updateQueue(DRIFT_CHECK_QUEUE, DRIFT_QUEUE_OPTIONS);
  else
    await boss.createQueue(DRIFT_CHECK_QUEUE, DRIFT_QUEUE_OPTIONS).catch(async (error: unknown) => {
      if (!(await boss.getQueue(DRIFT_CHECK_QUEUE))) throw error; // another process created it first
    });
  ensured.add(boss);
}

/**
 * "Check now" goes before the schedule's fan-out: every quarter hour the fan-out queues two checks per organisation,
 * and a person waiting on the page must not wait behind all of them (pg-boss fetches by priority, then age).
 */
export const CHECK_NOW_PRIORITY = 10;

/** One organisation's check in one environment. */
export async function sendDriftCheckJob(
  boss: PgBoss,
  job: Required<TDriftCheckJob>,
  options: { priority?: number } = {},
): Promise<void> {
  await ensureDriftQueue(boss);
  await boss.send(DRIFT_CHECK_QUEUE, job, { priority: options.priority ?? 0 });
}
