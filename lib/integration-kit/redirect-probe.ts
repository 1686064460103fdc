import "server-only";
import { lookup as dnsLookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { checkWebhookTarget, type TWebhookTargetProblem } from "@/lib/consent-monitor/webhook-target";
import { validationError } from "@/lib/platform/errors/app-error";
import { altinnReturnUrl, serverReceives, type TReturnOutcome } from "./redirect-return-url";
import { checkRedirectUrl } from "./redirect-url-check";

// The redirect kit's live check, only when the consumer asks: GET each address Altinn would send the person to (as
// the person's browser would, without the fragment) and report what the consumer's endpoint answers. The portal
// makes these requests itself, so every hop passes the consent webhook's target rule (lib/consent-monitor/
// webhook-target.ts: https only, no private, loopback or link-local address unless
// CONSENT_WEBHOOK_ALLOW_PRIVATE_TARGETS=true) and the connection goes to the very address that rule approved, so a
// name cannot resolve elsewhere in between (DNS rebinding). Redirects are followed a few times, each target checked
// the same way: a redirect into the internal network is reported and never requested.

export const PROBE_TIMEOUT_MS = 5_000;
export const PROBE_MAX_REDIRECTS = 3;
const USER_AGENT = "altinn-consent-portal redirect check";

export type TProbeStop = "privateTarget" | "httpsRequired" | "unresolvable" | "unreachable" | "tooManyRedirects";
export type TProbeHop = { url: string; status: number; location: string | null };
export type TProbeReturn = {
  outcome: TReturnOutcome;
  /** What a browser requests of the return address (no fragment). */
  url: string;
  hops: TProbeHop[];
  /** The final answer's status; null when the check stopped (see `stopped`). */
  status: number | null;
  stopped: TProbeStop | null;
};

type TAddress = { address: string; family: number };
/** One GET to `url`, connected to `address` when given; resolves with the status and any Location. */
export type TRequestOnce = (
  url: URL,
  address: TAddress | null,
  timeoutMs: number,
) => Promise<{ status: number; location: string | null }>;

const STOPS: Record<TWebhookTargetProblem, TProbeStop> = {
  webhookUrlInvalid: "unresolvable",
  webhookHttpsRequired: "httpsRequired",
  webhookPrivateTarget: "privateTarget",
};

/** A socket lookup that answers with the address the target rule already approved. */
const pinnedLookup =
  (pinned: TAddress): LookupFunction =>
  (_hostname, options, callback) =>
    options.all ? callback(null, [pinned]) : callback(null, pinned.address, pinned.family);

export const requestOnce: TRequestOnce = (url, address, timeoutMs) =>
  new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const request = client.request(
      url,
      {
        method: "GET",
        headers: { "user-agent": USER_AGENT, accept: "text/html,*/*" },
        timeout: timeoutMs,
        ...(address ? { lookup: pinnedLookup(address) } : {}),
      },
      (response) => {
        // Only the status and Location count: the body is never read.
        resolve({ status: response.statusCode ?? 0, location: response.headers.location ?? null });
        response.destroy();
      },
    );
    request.on("timeout", () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on("error", reject);
    request.end();
  });

/** Where a redirect points, as a browser would request it; null when there is no usable Location. */
function redirectTarget(location: string | null, from: URL): string | null {
  if (!location) return null;
  try {
    return serverReceives(new URL(location, from).href);
  } catch {
    return null;
  }
}

const resolveAll = (host: string) => dnsLookup(host, { all: true, verbatim: true });

/** The chain of answers for one return address, stopping at the first that is not a redirect. */
export async function probeReturnAddress(options: {
  url: string;
  allowPrivate: boolean;
  request?: TRequestOnce;
  lookup?: (host: string) => Promise<{ address: string }[]>;
  timeoutMs?: number;
}): Promise<Pick<TProbeReturn, "hops" | "status" | "stopped">> {
  const hops: TProbeHop[] = [];
  const stop = (stopped: TProbeStop) => ({ hops, status: null, stopped });
  let target = options.url;
  for (let hop = 0; hop <= PROBE_MAX_REDIRECTS; hop += 1) {
    const approved: TAddress[] = [];
    const lookup = async (host: string) => {
      const found = await (options.lookup ?? resolveAll)(host);
      approved.push(...found.map(({ address }) => ({ address, family: isIP(address) === 6 ? 6 : 4 })));
      return found;
    };
    const check = await checkWebhookTarget(target, { allowPrivate: options.allowPrivate, lookup });
    if (!check.ok) return stop(STOPS[check.problem]);
    let answer: Awaited<ReturnType<TRequestOnce>>;
    try {
      answer = await (options.request ?? requestOnce)(
        check.url,
        approved[0] ?? null,
        options.timeoutMs ?? PROBE_TIMEOUT_MS,
      );
    } catch {
      return stop("unreachable");
    }
    hops.push({ url: target, status: answer.status, location: answer.location });
    const next = answer.status >= 300 && answer.status < 400 ? redirectTarget(answer.location, check.url) : null;
    if (!next) return { hops, status: answer.status, stopped: null };
    target = next;
  }
  return stop("tooManyRedirects");
}

/** Both returns (OK, then Failed) of a web `redirectUrl` Altinn would accept; anything else is a field error. */
export async function probeRedirectReturns(options: {
  redirectUrl: string;
  allowPrivate: boolean;
  request?: TRequestOnce;
  lookup?: (host: string) => Promise<{ address: string }[]>;
}): Promise<TProbeReturn[]> {
  const check = checkRedirectUrl(options.redirectUrl);
  if (!check.accepted || check.kind !== "web") throw validationError({ url: ["invalid"] });
  const results: TProbeReturn[] = [];
  for (const outcome of ["ok", "failed"] as const) {
    const url = serverReceives(altinnReturnUrl(check.input, outcome));
    results.push({ outcome, url, ...(await probeReturnAddress({ ...options, url })) });
  }
  return results;
}
