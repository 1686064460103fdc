import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import type { Role } from "@/lib/platform/db/create-prisma-client";
import { requireProductionRole } from "@/lib/platform/auth/production-rule";
import { conflict, forbidden, notFound } from "@/lib/platform/errors/app-error";
import { sendUpstreamJob } from "./enqueue-upstream-change";

/**
 * Queues a failed upstream change again. Scoped by organisation in the query, so a change of another
 * organisation is simply not found; `organisationId: null` is for platform administrators.
 */
export async function retryUpstreamChange(options: {
  tx: TTx;
  changeId: string;
  organisationId: string | null;
  /** The caller's role in the organisation; null for platform administrators. */
  role: Role | null;
}): Promise<{ kind: string; targetId: string }> {
  const { tx, changeId, organisationId } = options;
  const change = await tx.upstreamChange.findFirst({
    where: { id: changeId, ...(organisationId ? { organisationId } : {}) },
    select: {
      status: true,
      kind: true,
      targetId: true,
      targetType: true,
      environment: true,
      organisationId: true,
      createdAt: true,
    },
  });
  if (!change) throw notFound("upstreamChangeNotFound");
  if (change.status !== "FAILED") throw conflict("upstreamChangeNotFailed");
  // Re-sending a production change is a production change: the one rule applies (platform administrators excepted).
  if (options.role !== null) requireProductionRole({ role: options.role, environment: change.environment });
  // A newer change to the same object has replaced this one: sending the old one again would undo it.
  const newer = await tx.upstreamChange.count({
    where: {
      organisationId: change.organisationId,
      environment: change.environment,
      targetType: change.targetType,
      targetId: change.targetId,
      createdAt: { gt: change.createdAt },
    },
  });
  if (newer > 0) throw conflict("upstreamChangeSuperseded");
  // Grants of an access request are an approver's decision: only admins re-send them, and only while the
  // request is still being provisioned (never after it was revoked or denied).
  const grant = await tx.accessRequestGrant.findFirst({
    where: { upstreamChangeId: changeId },
    select: { request: { select: { status: true } } },
  });
  if (grant) {
    if (options.role !== null && options.role !== "ADMIN") throw forbidden("requiresRole.ADMIN");
    if (!["PROVISIONING", "FAILED", "ACTIVE"].includes(grant.request.status))
      throw conflict("upstreamChangeRequestClosed");
  }
  await tx.upstreamChange.update({ where: { id: changeId }, data: { status: "PENDING", completedAt: null } });
  await sendUpstreamJob(tx, changeId);
  return { kind: change.kind, targetId: change.targetId };
}
