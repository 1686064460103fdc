import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// Each webhook delivery is signed with the organisation's secret, HMAC-SHA256 over `{timestamp}.{body}` (the body
// exactly as sent), in one header: `X-Consent-Portal-Signature: t=<unix seconds>,v1=<hex>`. The timestamp is signed
// too, so a receiver that refuses old timestamps (5 minutes here) cannot be sent a captured delivery again.

export const WEBHOOK_SIGNATURE_HEADER = "X-Consent-Portal-Signature";
export const WEBHOOK_DELIVERY_HEADER = "X-Consent-Portal-Delivery";
const TOLERANCE_SECONDS = 300;

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

const hmac = (secret: string, timestamp: number, body: string) =>
  createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");

export function signWebhookBody(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): string {
  return `t=${timestamp},v1=${hmac(secret, timestamp, body)}`;
}

/** What a receiver does (README shows the same in a snippet): recompute, compare in constant time, check the age. */
export function verifyWebhookSignature(
  secret: string,
  body: string,
  header: string | null | undefined,
  now = Math.floor(Date.now() / 1000),
): boolean {
  const parts = Object.fromEntries((header ?? "").split(",").map((part) => part.trim().split("=", 2)));
  const timestamp = Number(parts.t);
  if (!Number.isSafeInteger(timestamp) || Math.abs(now - timestamp) > TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(hmac(secret, timestamp, body), "hex");
  const given = Buffer.from(typeof parts.v1 === "string" ? parts.v1 : "", "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
