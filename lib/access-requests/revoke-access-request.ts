import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { conflict, notFound } from "@/lib/platform/errors/app-error";
import { notifyAccessRequest } from "@/lib/notifications/notify-access-request";
import { loadRequestForGrants, queueAccessRevocations } from "./queue-access-grants";

const REVOCABLE = ["APPROVED", "PROVISIONING", "ACTIVE", "FAILED"] as const;

/**
 * The owner takes back what an approval granted: the opposite upstream changes are queued and the
 * request is closed at once (REVOKED, `openKey` cleared so the consumer may ask again). Conditional,
 * like a decision, so two revocations at once queue the revocations only once.
 */
export async function revokeAccessRequest(options: {
  tx: TTx;
  ownerOrganisationId: string;
  requestId: string;
  userId: string;
  reason: string;
}): Promise<{ resourceIdentifier: string; consumerOrgNumber: string }> {
  const { tx, ownerOrganisationId, requestId, userId, reason } = options;
  const revoked = await tx.accessRequest.updateMany({
    where: { id: requestId, ownerOrganisationId, status: { in: [...REVOCABLE] } },
    data: { status: "REVOKED", openKey: null, decisionReason: reason },
  });
  if (revoked.count === 0) {
    const exists = await tx.accessRequest.findFirst({
      where: { id: requestId, ownerOrganisationId },
      select: { status: true },
    });
    if (!exists) throw notFound("accessRequestNotFound");
    throw conflict("accessRequestNotRevocable");
  }
  const request = await loadRequestForGrants(tx, requestId);
  await queueAccessRevocations(tx, request);
  await tx.accessRequestEvent.create({ data: { requestId, status: "REVOKED", note: reason, actorId: userId } });
  await notifyAccessRequest({ tx, requestId, kind: "revoked", reason });
  return { resourceIdentifier: request.resourceIdentifier, consumerOrgNumber: request.consumerOrgNumber };
}
