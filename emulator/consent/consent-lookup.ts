import type { EnvName } from "../state/environments";
import { Problems } from "./consent-problems";
import { getConsentRequest } from "./consent-store";
import { dotnetDateTimeOffset } from "./dotnet-format";
import { ORGANISATION_URN } from "./party-urn";
import { combineProblems, problem, type ProblemInstance } from "./problem-details";

/**
 * Maskinporten's consent lookup in Altinn: POST .../accessmanagement/api/v1/maskinporten/consent/lookup {id, from, to}
 * (Altinn/altinn-authorization-tmp .../Api.Maskinporten/Controllers/ConsentController.cs), answered by
 * ConsentService.GetConsent and ValidateGetConsentRequest: an unknown id is AM-00001 alone; otherwise every problem
 * is collected (one answered as itself, several as STD-00001): `to` neither the request's `to` nor its handledBy
 * (AM-00001), another `from` (AM-00012), validTo passed (AM-00013), status Created (AM-00014), Revoked (AM-00011),
 * any other status but Accepted (AM-00014). The lookup only reads: it records no `used` event (nothing in Altinn's
 * code writes one, although the event type exists).
 */
export interface ConsentLookupResult {
  id: string;
  from: string;
  to: string;
  handledBy: string | null;
  consented: string;
  validTo: string;
  consentRights: {
    action: string[] | null;
    resource: { type: string | null; value: string | null }[];
    metadata: Record<string, string | null> | null;
  }[];
}

export type ConsentLookup = { ok: true; consent: ConsentLookupResult } | { ok: false; problem: ProblemInstance };

export function lookupConsent(env: EnvName, args: { id: string; from: string; toOrgNumber: string }): ConsentLookup {
  const request = getConsentRequest(env, args.id);
  if (!request) return { ok: false, problem: problem(Problems.ConsentNotFound) };
  const to = `${ORGANISATION_URN}${args.toOrgNumber}`;
  const problems: ProblemInstance[] = [];
  if (to !== request.to && to !== request.handledBy) problems.push(problem(Problems.ConsentNotFound));
  if (args.from !== request.from) problems.push(problem(Problems.MissMatchConsentParty));
  if (request.validTo < Date.now()) problems.push(problem(Problems.ConsentExpired));
  if (request.status === "Revoked") problems.push(problem(Problems.ConsentRevoked));
  else if (request.status !== "Accepted") problems.push(problem(Problems.ConsentNotAccepted));
  const combined = combineProblems(problems);
  if (combined || request.consented === null)
    return { ok: false, problem: combined ?? problem(Problems.ConsentNotAccepted) };
  return {
    ok: true,
    consent: {
      id: request.id,
      from: request.from,
      to: request.to,
      handledBy: request.handledBy,
      consented: dotnetDateTimeOffset(request.consented),
      validTo: dotnetDateTimeOffset(request.validTo),
      consentRights: request.consentRights.map((right) => ({
        action: right.action,
        resource: right.resource.map(({ type, value }) => ({ type, value })),
        metadata: right.metadata && Object.fromEntries(right.metadata),
      })),
    },
  };
}
