import "server-only";
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
  const rows = changes.map((change) => ({ ...change, id: crypto.randomUUID() }));
  await insertChanges(tx, rows);
  const boss = await senderBoss();
  await boss.insert(
    UPSTREAM_QUEUE,
    rows.map((row) => ({ data: { changeId: row.id } })),
    { db: fromPrisma(tx) },
  );
  return { changeIds: rows.map((row) => row.id) };
}

/**
 * The rows as one JSON parameter, inserted in its order (WITH ORDINALITY), so `sequence` follows the order given.
 * Prisma's createMany took 50-400 ms for an import's 100 rows of 100 numbers each (its query engine handles every JSON
 * value); PostgreSQL reads them from one parameter in ~20 ms. The timestamps are the client's, as Prisma's are
 * (`@default(now())`, `@updatedAt`), so changes made one after the other in a transaction keep distinct `createdAt`s.
 */
async function insertChanges(tx: TTx, rows: readonly (Omit<TUpstreamChangeInput, "tx"> & { id: string })[]) {
  const now = new Date().toISOString();
  const json = JSON.stringify(rows.map(({ payload, ...row }) => ({ ...row, payload: payload ?? null })));
  await tx.$executeRaw`
    INSERT INTO "UpstreamChange"
      ("id", "organisationId", "environment", "kind", "targetType", "targetId", "payload", "createdAt", "updatedAt")
    SELECT (change->>'id')::uuid, (change->>'organisationId')::uuid, (change->>'environment')::"UpstreamEnvironment",
      change->>'kind', change->>'targetType', change->>'targetId', change->'payload',
      ${now}::timestamptz AT TIME ZONE 'UTC', ${now}::timestamptz AT TIME ZONE 'UTC'
    FROM jsonb_array_elements(${json}::jsonb) WITH ORDINALITY AS given(change, position)
    ORDER BY position`;
}

export async function sendUpstreamJob(tx: TTx, changeId: string): Promise<void> {
  const boss = await senderBoss();
  await boss.send(UPSTREAM_QUEUE, { changeId }, { db: fromPrisma(tx) });
}
