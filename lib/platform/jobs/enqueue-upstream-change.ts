import "server-only";
import type { Prisma } from "@/lib/platform/db/create-prisma-client";
import type { TTx } from "@/lib/platform/db/prisma";
import { UPSTREAM_QUEUE } from "./boss";
import { senderBoss } from "./sender-boss";
import { fromPrisma } from "pg-boss";
import type { TEnvironment } from "@/lib/platform/environment";

export type TUpstreamChangeRow = {
  tx: TTx;
  organisationId: string | null;
  environment: TEnvironment;
  targetType: string;
  targetId: string;
};

/** One change: the platform knows kinds as strings; features enqueue through lib/upstream-jobs, typed by kind. */
export type TUpstreamChangeInput = TUpstreamChangeRow & { kind: string; payload: unknown };

/**
 * Records a change that must reach an upstream API and queues the job that carries it out, both in
 * the caller's transaction: if the portal's change rolls back, nothing is sent; if it commits, the
 * job is durable and runs even after a restart. The worker validates the payload with the kind's schema.
 */
export async function enqueueUpstreamChange(options: TUpstreamChangeInput): Promise<{ changeId: string }> {
  const { tx, ...change } = options;
  const { changeIds } = await enqueueUpstreamChanges({ tx, changes: [change] });
  return { changeId: changeIds[0]! };
}

/**
 * Several changes at once, as enqueueUpstreamChange each, in two statements whatever their number (a 10,000-member
 * import is 100 changes): the rows in the order given, so each takes the next `sequence` and is applied in that order
 * (apply-in-order.ts), and their jobs. The ids are made here, so the order of the answer does not matter.
 */
export async function enqueueUpstreamChanges(options: {
  tx: TTx;
  changes: readonly Omit<TUpstreamChangeInput, "tx">[];
}): Promise<{ changeIds: string[] }> {
  const { tx, changes } = options;
  if (changes.length === 0) return { changeIds: [] };
  const rows = changes.map(({ payload, ...data }) => ({
    ...data,
    id: crypto.randomUUID(),
    payload: payload as Prisma.InputJsonValue,
  }));
  await tx.upstreamChange.createMany({ data: rows });
  const boss = await senderBoss();
  await boss.insert(
    UPSTREAM_QUEUE,
    rows.map((row) => ({ data: { changeId: row.id } })),
    { db: fromPrisma(tx) },
  );
  return { changeIds: rows.map((row) => row.id) };
}

export async function sendUpstreamJob(tx: TTx, changeId: string): Promise<void> {
  const boss = await senderBoss();
  await boss.send(UPSTREAM_QUEUE, { changeId }, { db: fromPrisma(tx) });
}
