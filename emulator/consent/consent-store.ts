import { ProblemError } from "../problem";
import { registerStore } from "../state/store-registry";
import { ENVIRONMENTS, type EnvName } from "../state/environments";

export type ConsentStatus = "created" | "accepted" | "rejected";

export interface ConsentRight {
  action: string[];
  resource: { type: string; value: string }[];
  metadata?: Record<string, string>;
}

/** A consent request as the consumer sent it, plus what happened to it. */
export interface ConsentRequest {
  id: string;
  from: string;
  to: string;
  validTo: string;
  consentRights: ConsentRight[];
  requestMessage?: Record<string, string>;
  redirectUrl: string;
  status: ConsentStatus;
  createdAt: string;
  consented?: string;
  rejected?: string;
}

/** What Maskinporten puts in a consent token's `authorization_details` entry. */
export interface ConsentDetails {
  type: "urn:altinn:consent";
  id: string;
  from: string;
  to: { authority: "iso6523-actorid-upis"; ID: string };
  consented: string;
  validTo: string;
  consentRights: { action: string[]; resource: { type: string; value: string }[]; metadata: Record<string, string> }[];
}

const requests = new Map<EnvName, Map<string, ConsentRequest>>(ENVIRONMENTS.map((env) => [env, new Map()]));

function of(env: EnvName): Map<string, ConsentRequest> {
  const map = requests.get(env);
  if (!map) throw new Error(`unknown environment ${env}`);
  return map;
}

export function getConsentRequest(env: EnvName, id: string): ConsentRequest | undefined {
  return of(env).get(id.toLowerCase());
}

export function saveConsentRequest(env: EnvName, request: ConsentRequest): void {
  of(env).set(request.id.toLowerCase(), request);
}

export function decideConsentRequest(env: EnvName, id: string, decision: "approve" | "reject"): ConsentRequest {
  const request = getConsentRequest(env, id);
  if (!request) throw new ProblemError(404, "Consent request not found", { code: "AM-00404" });
  if (request.status !== "created") {
    throw new ProblemError(409, "Consent request already handled", { code: "AM-00409", detail: `Status is ${request.status}` });
  }
  const now = new Date().toISOString();
  if (decision === "approve") Object.assign(request, { status: "accepted", consented: now });
  else Object.assign(request, { status: "rejected", rejected: now });
  return request;
}

export const ORGANISATION_URN = "urn:altinn:organization:identifier-no:";

/** Accepts "0192:974761076", "urn:altinn:organization:identifier-no:974761076" or a bare number. */
function bareOrgNumber(value: string): string {
  if (value.startsWith("0192:")) return value.slice(5);
  if (value.startsWith(ORGANISATION_URN)) return value.slice(ORGANISATION_URN.length);
  return value;
}

function refuse(detail: string): never {
  throw new ProblemError(400, "invalid_authorization_details", { code: "AM-00400", detail });
}

/**
 * For the Maskinporten token endpoint: the consent a consumer may put in its token. Each
 * refusal is a 400 with the reason, so the caller can turn it into an OAuth error.
 */
export function findConsentForToken(env: EnvName, args: { id: string; from: string; consumerOrg: string }): ConsentDetails {
  const request = getConsentRequest(env, args.id);
  if (!request) refuse(`Consent request ${args.id} not found`);
  if (request.status !== "accepted" || !request.consented) refuse(`Consent request ${args.id} is ${request.status}, not accepted`);
  if (Date.parse(request.validTo) <= Date.now()) refuse(`Consent request ${args.id} expired at ${request.validTo}`);
  if (request.from !== args.from) refuse(`Consent request ${args.id} was not given by ${args.from}`);
  const consumer = bareOrgNumber(args.consumerOrg);
  if (bareOrgNumber(request.to) !== consumer) refuse(`Consent request ${args.id} was not made by organisation ${consumer}`);
  return {
    type: "urn:altinn:consent",
    id: request.id,
    from: request.from,
    to: { authority: "iso6523-actorid-upis", ID: `0192:${consumer}` },
    consented: request.consented,
    validTo: request.validTo,
    consentRights: request.consentRights.map((right) => ({
      action: [...right.action],
      resource: right.resource.map((resource) => ({ ...resource })),
      metadata: { ...(right.metadata ?? {}) },
    })),
  };
}

registerStore("consent.requests", {
  reset() {
    for (const map of requests.values()) map.clear();
  },
  snapshot() {
    return Object.fromEntries(ENVIRONMENTS.map((env) => [env, [...of(env).values()]]));
  },
});
