import pLimit from "p-limit";
import { afterAll, expect, it } from "vitest";
import { testDb, uniqueSuffix } from "@/test/factories";
import type { TUpstreamChangeForHandler, TUpstreamHandler } from "./define-upstream-job";
import { runUpstreamBatch, type TUpstreamJob } from "./run-upstream-batch";

const db = testDb();
afterAll(() => db.$disconnect());

type TPayload = { key: string; fail?: boolean };
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

  const results = await runUpstreamBatch(jobs, {
    db,
    handlers: { [kind]: handler },
    listeners: [],
    retryLimit: 3,
    limit: pLimit(8),
  });

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
