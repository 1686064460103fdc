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
  const { tx, payload, ...data } = options;
  const change = await tx.upstreamChange.create({
    data: { ...data, payload: payload as Prisma.InputJsonValue },
    select: { id: true },
  });
  await sendUpstreamJob(tx, change.id);
  return { changeId: change.id };
}

export async function sendUpstreamJob(tx: TTx, changeId: string): Promise<void> {
  const boss = await senderBoss();
  await boss.send(UPSTREAM_QUEUE, { changeId }, { db: fromPrisma(tx) });
}
