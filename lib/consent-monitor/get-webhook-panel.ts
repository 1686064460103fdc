import "server-only";
import { db } from "@/lib/platform/db/prisma";

/** The webhook as the page shows it: its URL (never the secret) and the latest deliveries. */
export async function getWebhookPanel(options: { organisationId: string }) {
  const [webhook, deliveries] = await Promise.all([
    db().consentWebhook.findUnique({
      where: { organisationId: options.organisationId },
      select: { url: true, updatedAt: true },
    }),
    db().consentWebhookDelivery.findMany({
      where: { organisationId: options.organisationId },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: {
        id: true,
        payload: true,
        status: true,
        attempts: true,
        lastStatusCode: true,
        lastError: true,
        createdAt: true,
        deliveredAt: true,
      },
    }),
  ]);
  return {
    webhook,
    deliveries: deliveries.map(({ payload, ...delivery }) => {
      const body = payload as { type?: string; eventType?: string | null; consentRequestId?: string | null };
      return {
        ...delivery,
        type: body.type ?? "",
        eventType: body.eventType ?? null,
        requestId: body.consentRequestId ?? null,
      };
    }),
  };
}
