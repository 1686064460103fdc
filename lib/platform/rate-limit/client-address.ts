import "server-only";
import { env } from "@/lib/platform/config/env";

/**
 * The client's address for limits on anonymous requests. Next.js sets X-Forwarded-For to the socket's peer only when
 * the request has none (next/dist/server/base-server.js), and each proxy in front appends the address it saw, so the
 * entry `RATE_LIMIT_FORWARDED_HOPS` from the right is the one written by the nearest hop the portal trusts; entries
 * further left are the client's own words.
 */
export function clientAddress(headers: Headers, hops = env().RATE_LIMIT_FORWARDED_HOPS): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries[Math.max(entries.length - hops, 0)] ?? headers.get("x-real-ip") ?? "unknown";
}
