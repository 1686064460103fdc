import { lookup as dnsLookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

// Where a webhook may point (SSRF): https only, and never an address in a private, loopback, link-local,
// shared (CGNAT), multicast or reserved range, checked on the resolved addresses (a public name may resolve to
// 10.0.0.1) when the URL is saved and again at every connection (deliver-webhook.ts passes `refusePrivateLookup`
// as the socket's lookup, so a name that resolves differently later is refused too). With
// CONSENT_WEBHOOK_ALLOW_PRIVATE_TARGETS=true (local development and tests only) private targets and
// http://localhost are allowed.

const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  PRIVATE.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
  ["64:ff9b::", 96],
  ["2001:db8::", 32],
] as const)
  PRIVATE.addSubnet(network, prefix, "ipv6");

export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return isPrivateAddress(mapped);
  const family = isIP(address);
  if (family === 0) return true;
  return PRIVATE.check(address, family === 4 ? "ipv4" : "ipv6");
}

export function allowPrivateWebhookTargets(env: Record<string, string | undefined> = process.env): boolean {
  return env.CONSENT_WEBHOOK_ALLOW_PRIVATE_TARGETS === "true";
}

export type TWebhookTargetProblem = "webhookUrlInvalid" | "webhookHttpsRequired" | "webhookPrivateTarget";
type TLookup = (host: string) => Promise<{ address: string }[]>;

const LOCALHOST = new Set(["localhost", "127.0.0.1", "[::1]"]);

export async function checkWebhookTarget(
  raw: string,
  options: { allowPrivate: boolean; lookup?: TLookup },
): Promise<{ ok: true; url: URL } | { ok: false; problem: TWebhookTargetProblem }> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, problem: "webhookUrlInvalid" };
  }
  if (url.username || url.password || !url.hostname) return { ok: false, problem: "webhookUrlInvalid" };
  const localHttp = url.protocol === "http:" && options.allowPrivate && LOCALHOST.has(url.hostname);
  if (url.protocol !== "https:" && !localHttp) return { ok: false, problem: "webhookHttpsRequired" };
  if (options.allowPrivate) return { ok: true, url };
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const lookup = options.lookup ?? ((name: string) => dnsLookup(name, { all: true, verbatim: true }));
  const addresses = isIP(host) ? [{ address: host }] : await lookup(host).catch(() => []);
  if (!addresses.length) return { ok: false, problem: "webhookUrlInvalid" };
  if (addresses.some(({ address }) => isPrivateAddress(address))) return { ok: false, problem: "webhookPrivateTarget" };
  return { ok: true, url };
}
