import "server-only";
import type { TDb } from "@/lib/platform/db/prisma";
import { toUpstreamEnv } from "@/lib/platform/environment";
import { notifyConsent } from "./consent-notifications";
import { createWebhookDelivery, type TEnqueueDelivery } from "./webhook-deliveries";

/** Accepted consents whose validTo is this close are announced once (notification and webhook). */
export const EXPIRY_WARNING_DAYS = 7;

/**
 * Announces accepted consents that end within EXPIRY_WARNING_DAYS, once each: the row is claimed by setting
 * `expiryNotifiedAt` only where it is still empty, in the transaction that notifies, so two workers announce it once.
 * Consents whose validTo has passed become `expired` (Altinn has no expiry event in the feed).
 */
export async function notifyExpiringConsents(options: {
  db: TDb;
  organisationId: string;
  enqueue: TEnqueueDelivery;
  now?: Date;
}): Promise<number> {
  const { db, organisationId } = options;
  const now = options.now ?? new Date();
  await db.trackedConsent.updateMany({
    where: { organisationId, status: { in: ["created", "accepted"] }, validTo: { lte: now } },
    data: { status: "expired" },
  });
  const horizon = new Date(now.getTime() + EXPIRY_WARNING_DAYS * 24 * 60 * 60 * 1000);
  const due = await db.trackedConsent.findMany({
    where: { organisationId, status: "accepted", expiryNotifiedAt: null, validTo: { gt: now, lte: horizon } },
    select: { id: true, environment: true, requestId: true, resourceIdentifier: true, validTo: true },
  });
  let announced = 0;
  for (const consent of due) {
    await db.$transaction(async (tx) => {
      const claimed = await tx.trackedConsent.updateMany({
        where: { id: consent.id, expiryNotifiedAt: null },
        data: { expiryNotifiedAt: now },
      });
      if (claimed.count !== 1) return;
      announced += 1;
      const context = { organisationId, environment: consent.environment, requestId: consent.requestId };
      await notifyConsent({
        tx,
        kind: "expiring",
        consent: { id: consent.id, ...context },
        resource: consent.resourceIdentifier,
        validTo: consent.validTo,
      });
      const organisation = await tx.organisation.findUniqueOrThrow({
        where: { id: organisationId },
        select: { orgNumber: true },
      });
      await createWebhookDelivery({
        tx,
        organisationId,
        eventId: null,
        enqueue: options.enqueue,
        payload: {
          type: "consent.expiring",
          organisation: organisation.orgNumber,
          environment: toUpstreamEnv(consent.environment),
          consentRequestId: consent.requestId,
          eventType: null,
          changedDate: null,
          resource: consent.resourceIdentifier,
          validTo: consent.validTo?.toISOString() ?? null,
        },
      });
    });
  }
  return announced;
}
