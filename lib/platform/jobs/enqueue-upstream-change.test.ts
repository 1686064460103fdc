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

it("stamps each change with the time it was queued, so changes queued one after the other keep their order in time", async () => {
  const run = uniqueSuffix();
  const change = (key: string) => ({
    organisationId: null,
    environment: "PROD" as const,
    kind: "test.enqueue",
    targetType: "test",
    targetId: run,
    payload: { key, nested: { list: [1, "two", null] } },
  });
  const before = Date.now();
  const { first, second } = await db.$transaction(async (tx) => {
    const {
      changeIds: [first],
    } = await enqueueUpstreamChanges({ tx, changes: [change("a")] });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const {
      changeIds: [second],
    } = await enqueueUpstreamChanges({ tx, changes: [change("b")] });
    return { first: first!, second: second! };
  });

  const [a, b] = await Promise.all([first, second].map((id) => db.upstreamChange.findUniqueOrThrow({ where: { id } })));
  // Not its status: a worker of another test file sharing the database may already have run the job.
  expect(a).toMatchObject({ environment: "PROD", organisationId: null });
  expect(a!.payload).toEqual({ key: "a", nested: { list: [1, "two", null] } });
  expect(a!.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1);
  expect(a!.createdAt.getTime()).toBeLessThan(Date.now() + 1);
  expect(b!.createdAt.getTime()).toBeGreaterThan(a!.createdAt.getTime());
  expect(b!.updatedAt.getTime()).toBe(b!.createdAt.getTime());
});
