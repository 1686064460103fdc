import "server-only";
import type { Prisma } from "@/lib/platform/db/create-prisma-client";
import type { TTx } from "@/lib/platform/db/prisma";
import { UPSTREAM_QUEUE } from "./boss";
import { senderBoss } from "./sender-boss";
import { fromPrisma } from "pg-boss";
import type { TUpstreamKind, TUpstreamPayload } from "./upstream-job-registry";
import type { TEnvironment } from "@/lib/platform/environment";

type TUpstreamChangeRow = {
  tx: TTx;
  organisationId: string | null;
  environment: TEnvironment;
  targetType: string;
  targetId: string;
};

/**
 * One change of one kind, with that kind's payload: a union over the kinds, so a payload that does not fit its kind
 * does not compile, also where the kind is one of several (each must then fit).
 */
export type TEnqueueUpstreamChange = {
  [TKind in TUpstreamKind]: TUpstreamChangeRow & { kind: TKind; payload: TUpstreamPayload<TKind> };
}[TUpstreamKind];

/**
 * Records a change that must reach an upstream API and queues the job that carries it out, both in
 * the caller's transaction: if the portal's change rolls back, nothing is sent; if it commits, the
 * job is durable and runs even after a restart. The worker validates the payload with the kind's schema.
 */
export async function enqueueUpstreamChange(options: TEnqueueUpstreamChange): Promise<{ changeId: string }> {
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
