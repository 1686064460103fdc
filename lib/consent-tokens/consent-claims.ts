import type { JWTPayload } from "jose";

// Reading the consent parts of a Maskinporten token (DOMAIN.md "Consent token"). The claims come from a
// JWT, so nothing here assumes a shape: every accessor tolerates any JSON.

export const CONSENT_TYPE = "urn:altinn:consent";

type TRecord = Record<string, unknown>;

export const asRecord = (value: unknown): TRecord | undefined =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as TRecord) : undefined;

export const asString = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** A claim as the page shows it: strings as they are, anything else as JSON; missing is null. */
export const claimText = (value: unknown): string | null =>
  value === undefined ? null : typeof value === "string" ? value : JSON.stringify(value);

export const authorizationDetails = (claims: JWTPayload): unknown[] | undefined =>
  Array.isArray(claims.authorization_details) ? claims.authorization_details : undefined;

export const consentDetails = (claims: JWTPayload): TRecord[] =>
  (authorizationDetails(claims) ?? []).map(asRecord).filter((d): d is TRecord => d?.type === CONSENT_TYPE);

export const consentRights = (detail: TRecord | undefined): TRecord[] =>
  (Array.isArray(detail?.consentRights) ? detail.consentRights : []).map(asRecord).filter((r): r is TRecord => r !== undefined);

/** The resource ids a right names: `resource: [{type: "urn:altinn:resource", value}]`. */
export const rightResourceIds = (right: TRecord): string[] =>
  (Array.isArray(right.resource) ? right.resource : []).flatMap((entry) => asString(asRecord(entry)?.value) ?? []);

/**
 * The consent the token carries for the resource: the consent entry whose rights name it, else the first consent
 * entry (so the later checks still report what they found).
 */
export function consentFor(claims: JWTPayload, resourceId: string): { detail?: TRecord; right?: TRecord } {
  const details = consentDetails(claims);
  for (const detail of details) {
    const right = consentRights(detail).find((r) => rightResourceIds(r).includes(resourceId));
    if (right) return { detail, right };
  }
  return { detail: details[0] };
}

/** Digdir's docs spell the right's metadata both `metadata` and `metaData`; both are accepted. */
export function rightMetadata(right: TRecord): { spelling: "metadata" | "metaData"; value: unknown } | undefined {
  if (right.metadata !== undefined) return { spelling: "metadata", value: right.metadata };
  if (right.metaData !== undefined) return { spelling: "metaData", value: right.metaData };
  return undefined;
}

/** Seconds since the epoch (`exp`) or an ISO date-time (`validTo`) as a time, if it is one. */
export function timeOf(value: unknown): Date | undefined {
  const ms = typeof value === "number" ? value * 1000 : typeof value === "string" ? Date.parse(value) : NaN;
  return Number.isFinite(ms) ? new Date(ms) : undefined;
}
