import { afterAll, expect, it } from "vitest";
import { testDb, uniqueSuffix } from "@/test/factories";
import { enqueueUpstreamChanges } from "./enqueue-upstream-change";
import { UPSTREAM_QUEUE } from "./boss";

const db = testDb();
afterAll(() => db.$disconnect());

it("queues several changes in the order given, each with its job, in the caller's transaction", async () => {
  const run = uniqueSuffix();
  const changes = ["a", "b", "c"].map((key) => ({
    organisationId: null,
    environment: "TEST" as const,
    kind: "test.enqueue",
    targetType: "test",
    targetId: `${run}`,
    payload: { key },
  }));
  const { changeIds } = await db.$transaction((tx) => enqueueUpstreamChanges({ tx, changes }));

  const rows = await db.upstreamChange.findMany({ where: { id: { in: changeIds } }, orderBy: { sequence: "asc" } });
  expect(rows.map((row) => row.id)).toEqual(changeIds);
  expect(rows.map((row) => (row.payload as { key: string }).key)).toEqual(["a", "b", "c"]);
  const jobs = await db.$queryRaw<{ changeId: string }[]>`
    SELECT data->>'changeId' AS "changeId" FROM pgboss.job WHERE name = ${UPSTREAM_QUEUE} AND data->>'changeId' = ANY(${changeIds})`;
  expect(jobs.map((job) => job.changeId).sort()).toEqual([...changeIds].sort());

  // Rolled back: neither the rows nor their jobs remain.
  const rolledBack = await db
    .$transaction(async (tx) => {
      const queued = await enqueueUpstreamChanges({ tx, changes });
      throw Object.assign(new Error("rolled back"), { queued });
    })
    .catch((error: { queued: { changeIds: string[] } }) => error.queued.changeIds);
  expect(await db.upstreamChange.count({ where: { id: { in: rolledBack } } })).toBe(0);
  const orphans = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM pgboss.job WHERE data->>'changeId' = ANY(${rolledBack})`;
  expect(orphans[0]!.n).toBe(0);
});
