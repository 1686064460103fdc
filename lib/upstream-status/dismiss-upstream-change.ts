import "server-only";
import type { Role } from "@/lib/platform/db/create-prisma-client";
import type { TTx } from "@/lib/platform/db/prisma";
import { requireProductionRole } from "@/lib/platform/auth/production-rule";
import { conflict, notFound } from "@/lib/platform/errors/app-error";

/**
 * Clears a failed change whose cause is gone: a newer change to the same object has been made since, so the failed
 * one can no longer be retried (retrying would undo the newer one, retry-upstream-change.ts) and would otherwise
 * stay failed for ever. It settles the way the worker settles a change made moot by a newer one (apply-in-order.ts):
 * synced without being sent, naming the newer change. A failed change that is still the latest is retried instead.
 */
export async function dismissUpstreamChange(options: {
  tx: TTx;
  changeId: string;
  organisationId: string;
  role: Role;
}): Promise<{ kind: string; targetId: string; supersededById: string }> {
  const { tx, changeId, organisationId } = options;
  const change = await tx.upstreamChange.findFirst({
    where: { id: changeId, organisationId },
    select: { status: true, kind: true, targetId: true, targetType: true, environment: true, createdAt: true },
  });
  if (!change) throw notFound("upstreamChangeNotFound");
  if (change.status !== "FAILED") throw conflict("upstreamChangeNotFailed");
  requireProductionRole({ role: options.role, environment: change.environment });
  const newer = await tx.upstreamChange.findFirst({
    where: {
      organisationId,
      environment: change.environment,
      targetType: change.targetType,
      targetId: change.targetId,
      createdAt: { gt: change.createdAt },
    },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  if (!newer) throw conflict("upstreamChangeStillLatest");
  await tx.upstreamChange.update({
    where: { id: changeId },
    data: { status: "SYNCED", supersededById: newer.id, completedAt: new Date() },
  });
  return { kind: change.kind, targetId: change.targetId, supersededById: newer.id };
}
