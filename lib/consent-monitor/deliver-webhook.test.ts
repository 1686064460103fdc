import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganisation, testDb } from "@/test/factories";
import { CONSENT_QUEUE_OPTIONS, CONSENT_WEBHOOK_QUEUE } from "./consent-queues";
import { deliverWebhook, WebhookRetryError } from "./deliver-webhook";
import { signWebhookBody, verifyWebhookSignature, WEBHOOK_SIGNATURE_HEADER } from "./webhook-signature";

// Deliveries to a real local HTTP server: signed bodies, a failed attempt recorded and thrown for pg-boss to retry,
// and the last attempt marking the delivery failed.

const db = testDb();
const received: { body: string; signature: string | undefined }[] = [];
let answers: number[] = [];
const server = createServer((req: IncomingMessage, res) => {
  let body = "";
  req.on("data", (chunk: Buffer) => (body += chunk.toString()));
  req.on("end", () => {
    received.push({ body, signature: req.headers[WEBHOOK_SIGNATURE_HEADER.toLowerCase()] as string | undefined });
    res.statusCode = answers.shift() ?? 200;
    res.end();
  });
});
let url = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://localhost:${(server.address() as AddressInfo).port}/hook`;
});
afterAll(async () => {
  server.close();
  await db.$disconnect();
});

const SECRET = "whsec_test-secret";

async function pendingDelivery() {
  const organisation = await createOrganisation(db);
  await db.consentWebhook.create({ data: { organisationId: organisation.id, url, secret: SECRET } });
  return db.consentWebhookDelivery.create({
    data: { organisationId: organisation.id, payload: { type: "consent.test", consentRequestId: null } },
  });
}

describe("webhook signature", () => {
  it("verifies the body it signed, and nothing else", () => {
    const now = 1_800_000_000;
    const header = signWebhookBody(SECRET, '{"a":1}', now);
    expect(header).toMatch(/^t=1800000000,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(SECRET, '{"a":1}', header, now)).toBe(true);
    expect(verifyWebhookSignature(SECRET, '{"a":2}', header, now)).toBe(false);
    expect(verifyWebhookSignature("whsec_other", '{"a":1}', header, now)).toBe(false);
    expect(verifyWebhookSignature(SECRET, '{"a":1}', header, now + 301)).toBe(false);
    expect(verifyWebhookSignature(SECRET, '{"a":1}', undefined, now)).toBe(false);
  });
});

describe("deliverWebhook", () => {
  it("retries a failed attempt (thrown for pg-boss's backoff) and then delivers a signed body", async () => {
    const delivery = await pendingDelivery();
    answers = [503];
    received.length = 0;
    const attempt = () => deliverWebhook({ db, deliveryId: delivery.id, lastAttempt: false, allowPrivate: true });
    await expect(attempt()).rejects.toBeInstanceOf(WebhookRetryError);
    expect(await db.consentWebhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({
      status: "PENDING",
      attempts: 1,
      lastStatusCode: 503,
      lastError: "HTTP 503",
    });
    expect(await attempt()).toBe("DELIVERED");
    expect(await db.consentWebhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({
      status: "DELIVERED",
      attempts: 2,
      lastStatusCode: 200,
    });
    expect(received).toHaveLength(2);
    const last = received[1]!;
    expect(JSON.parse(last.body)).toMatchObject({ id: delivery.id, type: "consent.test" });
    expect(verifyWebhookSignature(SECRET, last.body, last.signature)).toBe(true);
    // Delivered once: a repeated job sends nothing more.
    expect(await attempt()).toBe("SKIPPED");
    expect(received).toHaveLength(2);
  });

  it("marks the delivery failed on the last attempt, and refuses a private target without the flag", async () => {
    const delivery = await pendingDelivery();
    answers = [500];
    expect(await deliverWebhook({ db, deliveryId: delivery.id, lastAttempt: true, allowPrivate: true })).toBe("FAILED");
    expect(await db.consentWebhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({
      status: "FAILED",
      lastStatusCode: 500,
    });
    const refused = await pendingDelivery();
    const before = received.length;
    expect(await deliverWebhook({ db, deliveryId: refused.id, lastAttempt: false, allowPrivate: false })).toBe(
      "FAILED",
    );
    expect(received).toHaveLength(before);
    expect((await db.consentWebhookDelivery.findUniqueOrThrow({ where: { id: refused.id } })).lastError).toBe(
      "Refused target (webhookHttpsRequired).",
    );
  });

  it("is queued with exponential backoff", () => {
    expect(CONSENT_QUEUE_OPTIONS[CONSENT_WEBHOOK_QUEUE]).toMatchObject({ retryBackoff: true, retryLimit: 8 });
  });
});
