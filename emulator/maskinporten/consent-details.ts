import { type ConsentLookupResult, lookupConsent } from "../consent/consent-lookup";
import { ORGANISATION_URN } from "../consent/party-urn";
import { problemJson, type ProblemInstance } from "../consent/problem-details";
import type { EnvName } from "../state/environments";
import { OAuthError } from "./oauth-error";

const CONSENT_TYPE = "urn:altinn:consent";

/** One `authorization_details` entry of a consent token, shaped like ../shared/realdata/consent_token_payload.*.json. */
export interface ConsentTokenDetails extends Pick<
  ConsentLookupResult,
  "id" | "from" | "consented" | "validTo" | "consentRights"
> {
  type: typeof CONSENT_TYPE;
  to: { authority: "iso6523-actorid-upis"; ID: string };
  /** The supplier that made the request for the consumer, as a party URN (absent when the consumer made it). */
  handledBy?: string;
}

function describe(instance: ProblemInstance): string {
  const json = problemJson(instance) as { code: string; detail: string; problems?: { code: string; detail: string }[] };
  const parts = json.problems ?? [json];
  return parts.map((part) => `${part.code} ${part.detail}`).join("; ");
}

/**
 * Turns the assertion's `authorization_details` (consent references `{type, id, from}`) into what the token carries:
 * Maskinporten asks Altinn's consent lookup with `to` = the organisation the token is for (consumer_org when a supplier
 * asks, else the client's organisation; see consent/consent-lookup.ts) and copies the answer. Altinn's refusal
 * (AM codes) becomes `invalid_authorization_details`.
 */
export function resolveConsentDetails(
  env: EnvName,
  requested: unknown,
  consumerOrg: string,
): ConsentTokenDetails[] | undefined {
  if (requested === undefined) return undefined;
  if (!Array.isArray(requested) || requested.length === 0)
    throw invalid("authorization_details must be a non-empty array");
  return requested.map((item: unknown) => {
    const entry = (typeof item === "object" && item !== null ? item : {}) as Record<string, unknown>;
    if (entry.type !== CONSENT_TYPE) throw invalid(`Unsupported authorization_details type ${String(entry.type)}`);
    if (typeof entry.id !== "string" || typeof entry.from !== "string")
      throw invalid("authorization_details needs string id and from");
    const answer = lookupConsent(env, { id: entry.id, from: entry.from, toOrgNumber: consumerOrg });
    if (!answer.ok) throw invalid(`Altinn refused consent ${entry.id}: ${describe(answer.problem)}`);
    const { consent } = answer;
    const to = consent.to.startsWith(ORGANISATION_URN) ? consent.to.slice(ORGANISATION_URN.length) : consumerOrg;
    return {
      type: CONSENT_TYPE,
      id: consent.id,
      from: consent.from,
      to: { authority: "iso6523-actorid-upis", ID: `0192:${to}` },
      consented: consent.consented,
      validTo: consent.validTo,
      consentRights: consent.consentRights,
      // Altinn's lookup answers ConsentInfoMaskinportenDto with HandledBy (the supplier that made the request;
      // Altinn/altinn-authorization-tmp src/libs/Altinn.Authorization.Api.Contracts/.../Consent/ConsentInfoMaskinportenDto.cs,
      // .../Api.Maskinporten/Extensions/ConsentExtensions.cs). The token carries it when set, as Altinn writes it (a party
      // URN); the real supplier example (../shared/realdata/consent_token_payload.supplier.json) is of a request the
      // consumer made itself, so it has none.
      ...(consent.handledBy ? { handledBy: consent.handledBy } : {}),
    };
  });
}

function invalid(description: string): OAuthError {
  return new OAuthError("invalid_authorization_details", description);
}
