import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { conflict, notFound } from "@/lib/platform/errors/app-error";
import { notifyAccessRequest } from "@/lib/notifications/notify-access-request";
import { loadRequestForGrants, queueAccessGrants } from "./queue-access-grants";

type TDecision = "approve" | "deny";

/**
 * The owner's decision. Exactly one decision stands when two administrators decide at once: the status
 * moves from SUBMITTED in one conditional update, so the second waits for the first's row lock, finds
 * the request no longer SUBMITTED, changes nothing and is told who decided.
 */
export async function decideAccessRequest(options: {
  tx: TTx;
  ownerOrganisationId: string;
  requestId: string;
  userId: string;
  decision: TDecision;
  reason: string;
}): Promise<{ status: string; resourceIdentifier: string; consumerOrgNumber: string }> {
  const { tx, ownerOrganisationId, requestId, userId, decision } = options;
  const reason = options.reason || null;
  const decided = await tx.accessRequest.updateMany({
    where: { id: requestId, ownerOrganisationId, status: "SUBMITTED" },
    data: {
      status: decision === "approve" ? "PROVISIONING" : "DENIED",
      decisionReason: reason,
      decidedById: userId,
      decidedAt: new Date(),
      // A denied request is closed: the consumer may ask again.
      ...(decision === "deny" ? { openKey: null } : {}),
    },
  });
  if (decided.count === 0) await explainWhyNotSubmitted(tx, ownerOrganisationId, requestId);

  const request = await loadRequestForGrants(tx, requestId);
  const summary = { resourceIdentifier: request.resourceIdentifier, consumerOrgNumber: request.consumerOrgNumber };
  if (decision === "deny") {
    await tx.accessRequestEvent.create({ data: { requestId, status: "DENIED", note: reason, actorId: userId } });
    await notifyAccessRequest({ tx, requestId, kind: "denied", reason });
    return { status: "DENIED", ...summary };
  }
  await tx.accessRequestEvent.create({ data: { requestId, status: "APPROVED", note: reason, actorId: userId } });
  const grants = await queueAccessGrants(tx, request);
  await notifyAccessRequest({ tx, requestId, kind: "approved", reason });
  if (grants === 0) {
    // Nothing upstream to wait for (no scopes, consumer already on the list): active at once.
    await tx.accessRequest.update({ where: { id: requestId }, data: { status: "ACTIVE" } });
    await tx.accessRequestEvent.create({ data: { requestId, status: "ACTIVE" } });
    await notifyAccessRequest({ tx, requestId, kind: "active" });
    return { status: "ACTIVE", ...summary };
  }
  await tx.accessRequestEvent.create({ data: { requestId, status: "PROVISIONING" } });
  return { status: "PROVISIONING", ...summary };
}

async function explainWhyNotSubmitted(tx: TTx, ownerOrganisationId: string, requestId: string): Promise<never> {
  const current = await tx.accessRequest.findFirst({
    where: { id: requestId, ownerOrganisationId },
    select: { status: true, decidedById: true },
  });
  if (!current) throw notFound("accessRequestNotFound");
  const decider = current.decidedById
    ? await tx.user.findUnique({ where: { id: current.decidedById }, select: { name: true } })
    : null;
  throw conflict("accessRequestAlreadyDecided", { name: decider?.name ?? "?", status: current.status });
}
