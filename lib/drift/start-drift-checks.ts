import "server-only";
import type { PgBoss } from "pg-boss";
import type { TDb } from "@/lib/platform/db/prisma";
import { ENVIRONMENTS } from "@/lib/platform/environment";
import { DRIFT_CHECK_QUEUE, ensureDriftQueue, sendDriftCheckJob, type TDriftCheckJob } from "./drift-queue";
import { runDriftCheck } from "./run-drift-check";

/** Every 15 minutes: drift is someone changing things in Altinn's or Digdir's own tools, not a matter of seconds. */
export const DRIFT_CHECK_CRON = "*/15 * * * *";

/**
 * Drift checks in the worker, on the worker's pg-boss (scripts/worker.ts): pg-boss's own schedule (one schedule by
 * name for all workers; its job is created once per tick, whichever worker's clock fires) fans out one job per
 * organisation and environment, so one organisation's slow or failing upstream holds up no other; "Check now" sends
 * one such job (drift-actions.ts).
 */
export async function startDriftChecks(options: { boss: PgBoss; db: TDb }): Promise<void> {
  const { boss, db } = options;
  await ensureDriftQueue(boss);
  await boss.schedule(DRIFT_CHECK_QUEUE, DRIFT_CHECK_CRON, {});
  // Two checks at a time per worker: a check mostly waits on upstream, and the fan-out queues two per organisation.
  const work = { pollingIntervalSeconds: 1, localConcurrency: 2 };
  await boss.work<TDriftCheckJob>(DRIFT_CHECK_QUEUE, work, async ([job]) => {
    const { organisationId, environment } = job?.data ?? {};
    if (organisationId && environment) {
      await runDriftCheck({ db, organisationId, environment });
      return;
    }
    const organisations = await db.organisation.findMany({ select: { id: true } });
    for (const organisation of organisations) {
      for (const env of ENVIRONMENTS)
        await sendDriftCheckJob(boss, { organisationId: organisation.id, environment: env });
    }
  });
}
