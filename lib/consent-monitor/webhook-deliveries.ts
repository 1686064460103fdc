import "server-only";
import type { Prisma } from "@/lib/platform/db/create-prisma-client";
import type { TTx } from "@/lib/platform/db/prisma";

/** What a webhook receives (documented in README.md, "Consent monitor webhook"). */
export type TWebhookPayload = {
  type: "consent.event" | "consent.expiring" | "consent.test";
  organisation: string;
  environment: "test" | "prod";
  consentRequestId: string | null;
  eventType: string | null;
  changedDate: string | null;
  resource: string | null;
  validTo: string | null;
};

export type TEnqueueDelivery = (tx: TTx, deliveryId: string) => Promise<void>;

/**
 * Records a delivery for the organisation's webhook, if it has one, and queues its job, in the caller's transaction.
 * An event is delivered at most once as a row (ConsentWebhookDelivery.eventId is unique); the job retries it.
 */
export async function createWebhookDelivery(options: {
  tx: TTx;
  organisationId: string;
  eventId: string | null;
  payload: TWebhookPayload;
  enqueue: TEnqueueDelivery;
}): Promise<string | null> {
  const { tx, organisationId } = options;
  const webhook = await tx.consentWebhook.findUnique({ where: { organisationId }, select: { organisationId: true } });
  if (!webhook) return null;
  const delivery = await tx.consentWebhookDelivery.create({
    data: { organisationId, eventId: options.eventId, payload: options.payload as Prisma.InputJsonValue },
    select: { id: true },
  });
  await options.enqueue(tx, delivery.id);
  return delivery.id;
}
