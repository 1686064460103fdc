import type { PgBoss } from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBoss } from "@/lib/platform/jobs/boss";
import { createOrganisation, testDb } from "@/test/factories";
import { CHECK_NOW_PRIORITY, DRIFT_CHECK_QUEUE, sendDriftCheckJob } from "./drift-queue";
import { DRIFT_CHECK_CRON, startDriftChecks } from "./start-drift-checks";

// The drift check on the queue's own scheduling: one pg-boss schedule, whose job fans out one check per organisation
// and environment; "Check now" sends one such job. An organisation with nothing managed asks nothing upstream.

const db = testDb();
let boss: PgBoss;

const finishedChecks = (organisationId: string) =>
  db.driftCheck.findMany({ where: { organisationId, finishedAt: { not: null } }, orderBy: { environment: "asc" } });

beforeAll(async () => {
  boss = await startBoss(process.env.DATABASE_URL!, "worker");
  await startDriftChecks({ boss, db });
});
afterAll(async () => {
  // The fan-out's jobs for other files' organisations are not left for the next run.
  await db.$executeRaw`DELETE FROM pgboss.job WHERE name = ${DRIFT_CHECK_QUEUE} AND state IN ('created', 'retry')`;
  await boss?.stop({ graceful: false });
  await db.$disconnect();
});

// "Check now" runs before the fan-out: the fan-out queues checks of other files' organisations, some of them slow.
describe("startDriftChecks", () => {
  it("schedules the check every 15 minutes under one name", async () => {
    const schedules = await boss.getSchedules();
    expect(schedules.filter((schedule) => schedule.name === DRIFT_CHECK_QUEUE)).toEqual([
      expect.objectContaining({ cron: DRIFT_CHECK_CRON }),
    ]);
  });

  it('runs one organisation\'s check in one environment on "Check now"', async () => {
    const organisation = await createOrganisation(db);
    // As the page's action sends it (drift-actions.ts): ahead of a quarter hour's fan-out that may be queued already.
    await sendDriftCheckJob(
      boss,
      { organisationId: organisation.id, environment: "PROD" },
      { priority: CHECK_NOW_PRIORITY },
    );
    await expect
      .poll(async () => (await finishedChecks(organisation.id)).map((c) => c.environment), { timeout: 50_000 })
      .toEqual(["PROD"]);
    expect((await finishedChecks(organisation.id))[0]?.lastError).toBeNull();
  }, 60_000);

  it("fans the schedule's job out to every organisation in both environments", async () => {
    const organisation = await createOrganisation(db);
    // Ahead of the checks a quarter hour's schedule may have queued for every other file's organisations.
    await boss.send(DRIFT_CHECK_QUEUE, {}, { priority: CHECK_NOW_PRIORITY });
    // The jobs it queued (other test files' organisations are checked too, some slowly: their jobs are not awaited).
    const queued = async () =>
      (
        await db.$queryRaw<{ environment: string }[]>`
          SELECT data->>'environment' AS environment FROM pgboss.job
          WHERE name = ${DRIFT_CHECK_QUEUE} AND data->>'organisationId' = ${organisation.id}`
      )
        .map((job) => job.environment)
        .sort();
    await expect.poll(queued, { timeout: 50_000 }).toEqual(["PROD", "TEST"]);
  }, 60_000);
});
