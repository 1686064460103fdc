import "server-only";
import type { Prisma } from "@/lib/db/create-prisma-client";
import type { TTx } from "@/lib/db/prisma";
import { UPSTREAM_QUEUE } from "./boss";
import { senderBoss } from "./sender-boss";
import { fromPrisma } from "pg-boss";
import type { TUpstreamKind } from "./upstream-kinds";

export type TEnqueueUpstreamChange = {
  tx: TTx;
  organisationId: string | null;
  environment: "TEST" | "PROD";
  kind: TUpstreamKind;
  targetType: string;
  targetId: string;
  payload: Prisma.InputJsonValue;
};

/**
 * Records a change that must reach an upstream API and queues the job that carries it out, both in
 * the caller's transaction: if the portal's change rolls back, nothing is sent; if it commits, the
 * job is durable and runs even after a restart.
 */
export async function enqueueUpstreamChange(options: TEnqueueUpstreamChange): Promise<{ changeId: string }> {
  const { tx, ...data } = options;
  const change = await tx.upstreamChange.create({ data, select: { id: true } });
  await sendUpstreamJob(tx, change.id);
  return { changeId: change.id };
}

export async function sendUpstreamJob(tx: TTx, changeId: string): Promise<void> {
  const boss = await senderBoss();
  await boss.send(UPSTREAM_QUEUE, { changeId }, { db: fromPrisma(tx) });
}
