import pLimit from "p-limit";
import { afterAll, expect, it } from "vitest";
import { testDb, uniqueSuffix } from "@/test/factories";
import type { TUpstreamChangeForHandler, TUpstreamHandler } from "./define-upstream-job";
import { runUpstreamBatch, type TUpstreamJob } from "./run-upstream-batch";

const db = testDb();
afterAll(() => db.$disconnect());

type TPayload = { key: string; fail?: boolean };
const runBatch = (jobs: TUpstreamJob[], kind: string, handler: TUpstreamHandler) =>
  runUpstreamBatch(jobs, { db, handlers: { [kind]: handler }, listeners: [], retryLimit: 3, limit: pLimit(8) });
const payloadOf = (change: TUpstreamChangeForHandler) => change.payload as TPayload;

it("runs one object's jobs one at a time in queue order, other objects beside them, and reports each job alone", async () => {
  const run = uniqueSuffix();
  const kind = `test.batch.${run}`;
  const running = new Map<string, number>();
  const order: string[] = [];
  let overlapOnOneObject = false;
  let now = 0;
  let most = 0;
  // Distinct object keys, so apply-in-order sends every change instead of superseding the older ones.
  const handler: TUpstreamHandler = Object.assign(
    async (change: TUpstreamChangeForHandler) => {
      const onObject = (running.get(change.targetId) ?? 0) + 1;
      running.set(change.targetId, onObject);
      overlapOnOneObject ||= onObject > 1;
      most = Math.max(most, ++now);
      order.push(payloadOf(change).key);
      await new Promise((resolve) => setTimeout(resolve, 40));
      running.set(change.targetId, onObject - 1);
      now--;
      if (payloadOf(change).fail) throw Object.assign(new Error("unavailable"), { retryable: true, status: 503 });
    },
    { objectKeys: (change: TUpstreamChangeForHandler) => [payloadOf(change).key] },
  );
  const changes: { id: string; key: string }[] = [];
  for (const [target, key, fail] of [
    ["x", "x1"],
    ["y", "y1"],
    ["x", "x2"],
    ["z", "z1", true],
    ["x", "x3"],
  ] as const) {
    const payload: TPayload = { key, ...(fail ? { fail } : {}) };
    const row = await db.upstreamChange.create({
      data: { environment: "TEST", kind, targetType: "test", targetId: `${run}:${target}`, payload },
      select: { id: true },
    });
    changes.push({ id: row.id, key });
  }
  // The queue may hand them over in any order.
  const jobs: TUpstreamJob[] = changes
    .map((change) => ({ id: crypto.randomUUID(), retryCount: 0, data: { changeId: change.id } }))
    .reverse();

  const results = await runBatch(jobs, kind, handler);

  const statusOf = (key: string) => {
    const changeId = changes.find((change) => change.key === key)!.id;
    return results.find((result) => result.id === jobs.find((job) => job.data.changeId === changeId)!.id)?.status;
  };
  expect(results).toHaveLength(5);
  expect(["x1", "x2", "x3", "y1"].map(statusOf)).toEqual(["completed", "completed", "completed", "completed"]);
  expect(statusOf("z1")).toBe("failed");
  expect(order.filter((key) => key.startsWith("x"))).toEqual(["x1", "x2", "x3"]);
  expect(overlapOnOneObject).toBe(false);
  expect(most).toBeGreaterThan(1);
  const rows = await db.upstreamChange.findMany({ where: { kind }, select: { status: true, lastError: true } });
  expect(rows.filter((row) => row.status === "SYNCED")).toHaveLength(4);
  expect(rows.find((row) => row.status === "PENDING")?.lastError).toContain("503");
});

// What the group's first job reads of the target is kept for the next ones (changes-to-target.ts).
it("reads a target's newer changes once for a run of its jobs, and still drops what a change queued meanwhile sets", async () => {
  const run = uniqueSuffix();
  const kind = `test.known.${run}`;
  const create = (key: string) =>
    db.upstreamChange.create({
      data: { environment: "TEST", kind, targetType: "test", targetId: run, payload: { key } },
      select: { id: true },
    });
  let keyReads = 0;
  const sent: string[] = [];
  let late: { id: string } | undefined;
  const handler: TUpstreamHandler = Object.assign(
    async (change: TUpstreamChangeForHandler) => {
      sent.push(payloadOf(change).key);
      // While the first job runs, someone changes k5 again: the queued k5 must not be sent, the newer one is.
      late ??= await create("k5");
    },
    {
      objectKeys: (change: TUpstreamChangeForHandler) => {
        keyReads++;
        return [payloadOf(change).key];
      },
    },
  );
  const changes = [];
  for (let i = 0; i < 10; i++) changes.push(await create(`k${i}`));
  const jobs: TUpstreamJob[] = changes.map((change) => ({
    id: crypto.randomUUID(),
    retryCount: 0,
    data: { changeId: change.id },
  }));

  const results = await runBatch(jobs, kind, handler);

  expect(results.map((result) => result.status)).toEqual(Array(10).fill("completed"));
  expect(sent).toEqual(["k0", "k1", "k2", "k3", "k4", "k6", "k7", "k8", "k9"]);
  expect(await db.upstreamChange.findUniqueOrThrow({ where: { id: changes[5]!.id } })).toMatchObject({
    status: "SYNCED",
    supersededById: late!.id,
  });
  // Each change's objects worked out about once per job (11 rows, 10 jobs); reading every newer change again for
  // each job, as before, made 10 + 45 + 9 = 64 of them (the quadratic cost of a 100-batch import).
  expect(keyReads).toBeLessThanOrEqual(21);
});
