import "server-only";
import type { TDb } from "@/lib/platform/db/prisma";
import { postWebhook } from "./post-webhook";
import { checkWebhookTarget } from "./webhook-target";
import { signWebhookBody, WEBHOOK_DELIVERY_HEADER, WEBHOOK_SIGNATURE_HEADER } from "./webhook-signature";

const TIMEOUT_MS = 10_000;

export class WebhookRetryError extends Error {
  override name = "WebhookRetryError";
}

/**
 * One attempt of one delivery (the job of CONSENT_WEBHOOK_QUEUE): a 2xx answer delivers it; any other answer or a
 * network failure is recorded and thrown, so pg-boss tries again with backoff, until the last attempt marks it
 * FAILED. A target the SSRF rule refuses fails at once. The body is signed as sent (webhook-signature.ts).
 */
export async function deliverWebhook(options: {
  db: TDb;
  deliveryId: string;
  lastAttempt: boolean;
  allowPrivate: boolean;
  timeoutMs?: number;
}): Promise<"DELIVERED" | "FAILED" | "SKIPPED"> {
  const { db, deliveryId } = options;
  const delivery = await db.consentWebhookDelivery.findUnique({
    where: { id: deliveryId },
    select: {
      id: true,
      status: true,
      payload: true,
      createdAt: true,
      organisation: { select: { consentWebhook: { select: { url: true, secret: true } } } },
    },
  });
  if (!delivery || delivery.status !== "PENDING") return "SKIPPED";
  const webhook = delivery.organisation.consentWebhook;
  const fail = (lastError: string, lastStatusCode: number | null = null) =>
    db.consentWebhookDelivery.update({
      where: { id: deliveryId },
      data: { status: "FAILED", lastError, lastStatusCode, attempts: { increment: 1 } },
    });
  if (!webhook) {
    await fail("The webhook was removed.");
    return "FAILED";
  }
  const target = await checkWebhookTarget(webhook.url, { allowPrivate: options.allowPrivate });
  if (!target.ok) {
    await fail(`Refused target (${target.problem}).`);
    return "FAILED";
  }
  const body = JSON.stringify({
    id: delivery.id,
    createdAt: delivery.createdAt.toISOString(),
    ...(delivery.payload as object),
  });
  let statusCode: number | null = null;
  let error: string | null = null;
  try {
    statusCode = await postWebhook({
      url: target.url,
      body,
      allowPrivate: options.allowPrivate,
      timeoutMs: options.timeoutMs ?? TIMEOUT_MS,
      headers: {
        [WEBHOOK_SIGNATURE_HEADER]: signWebhookBody(webhook.secret, body),
        [WEBHOOK_DELIVERY_HEADER]: delivery.id,
      },
    });
  } catch (caught) {
    error = caught instanceof Error ? caught.message : String(caught);
  }
  if (statusCode !== null && statusCode >= 200 && statusCode < 300) {
    await db.consentWebhookDelivery.update({
      where: { id: deliveryId },
      data: {
        status: "DELIVERED",
        lastStatusCode: statusCode,
        lastError: null,
        deliveredAt: new Date(),
        attempts: { increment: 1 },
      },
    });
    return "DELIVERED";
  }
  const reason = error ?? `HTTP ${statusCode}`;
  if (options.lastAttempt) {
    await fail(reason, statusCode);
    return "FAILED";
  }
  await db.consentWebhookDelivery.update({
    where: { id: deliveryId },
    data: { lastError: reason, lastStatusCode: statusCode, attempts: { increment: 1 } },
  });
  throw new WebhookRetryError(`webhook delivery ${deliveryId}: ${reason}`);
}
