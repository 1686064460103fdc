import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";

export const ACCESS_REQUEST_NOTIFICATION_KINDS = [
  "submitted",
  "approved",
  "denied",
  "active",
  "failed",
  "revoked",
] as const;
export type TAccessRequestNotificationKind = (typeof ACCESS_REQUEST_NOTIFICATION_KINDS)[number];

/**
 * Tells both parties of an access request what happened to it: one notification for the consumer
 * (linking to its request page) and one for the owner (linking to the approval page). Written in the
 * caller's transaction, so a change that rolls back notifies nobody.
 */
export async function notifyAccessRequest(options: {
  tx: TTx;
  requestId: string;
  kind: TAccessRequestNotificationKind;
  reason?: string | null;
}): Promise<void> {
  const { tx, requestId, kind } = options;
  const request = await tx.accessRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: {
      environment: true,
      resource: { select: { identifier: true } },
      consumerOrganisation: { select: { id: true, orgNumber: true, name: true } },
      ownerOrganisation: { select: { id: true, orgNumber: true, name: true } },
    },
  });
  const { consumerOrganisation: consumer, ownerOrganisation: owner } = request;
  const params = {
    requestId,
    resource: request.resource.identifier,
    environment: request.environment,
    consumer: consumer.name,
    owner: owner.name,
    reason: options.reason ?? "",
  };
  await tx.notification.createMany({
    data: [
      {
        organisationId: consumer.id,
        kind: `access-request.${kind}`,
        params,
        link: `/orgs/${consumer.orgNumber}/access-requests/${requestId}`,
      },
      {
        organisationId: owner.id,
        kind: `access-request.${kind}`,
        params,
        link: `/orgs/${owner.orgNumber}/approvals/${requestId}`,
      },
    ],
  });
}
