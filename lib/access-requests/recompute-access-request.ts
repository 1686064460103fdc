import "server-only";
import type { PrismaClient } from "@/lib/platform/db/create-prisma-client";
import type { TTx } from "@/lib/platform/db/prisma";
import { notifyAccessRequest } from "@/lib/notifications/notify-access-request";
import { statusFromGrants, type TGrantChangeState } from "./status-from-grants";

// Only an approved request follows its grants; a denied or revoked one is closed, and its (revoke)
// changes settling must not reopen it.
const FOLLOWS_GRANTS = new Set(["PROVISIONING", "ACTIVE", "FAILED"]);

/**
 * Brings a request's status in line with its grants' upstream changes, writing the timeline event and
 * notifications when it changes. Idempotent, and serialised per request with a row lock, so two grants
 * settling at once (two workers) cannot both write "active".
 */
export async function recomputeAccessRequestInTx(tx: TTx, requestId: string): Promise<string | null> {
  await tx.$queryRaw`SELECT id FROM "AccessRequest" WHERE id = ${requestId}::uuid FOR UPDATE`;
  const request = await tx.accessRequest.findUnique({
    where: { id: requestId },
    select: {
      status: true,
      grants: { where: { operation: "grant" }, select: { upstreamChangeId: true, target: true } },
    },
  });
  if (!request || !FOLLOWS_GRANTS.has(request.status)) return null;
  const changes = await tx.upstreamChange.findMany({
    where: { id: { in: request.grants.map((grant) => grant.upstreamChangeId) } },
    select: { id: true, status: true, lastError: true },
  });
  const byId = new Map(changes.map((change) => [change.id, change]));
  const states: TGrantChangeState[] = request.grants.map((grant) => ({
    status: byId.get(grant.upstreamChangeId)?.status ?? "PENDING",
    lastError: byId.get(grant.upstreamChangeId)?.lastError ?? null,
    target: grant.target,
  }));
  const next = statusFromGrants(states);
  if (next.status === request.status) return null;
  await tx.accessRequest.update({ where: { id: requestId }, data: { status: next.status } });
  await tx.accessRequestEvent.create({ data: { requestId, status: next.status, note: next.reason } });
  if (next.status === "ACTIVE") await notifyAccessRequest({ tx, requestId, kind: "active" });
  if (next.status === "FAILED") await notifyAccessRequest({ tx, requestId, kind: "failed", reason: next.reason });
  return next.status;
}

/** Recomputes every request that granted through this upstream change (normally one). */
export async function recomputeAccessRequestsForChange(options: { db: PrismaClient; changeId: string }): Promise<void> {
  const grants = await options.db.accessRequestGrant.findMany({
    where: { upstreamChangeId: options.changeId, operation: "grant" },
    select: { requestId: true },
  });
  for (const requestId of new Set(grants.map((grant) => grant.requestId))) {
    await options.db.$transaction((tx) => recomputeAccessRequestInTx(tx, requestId));
  }
}
