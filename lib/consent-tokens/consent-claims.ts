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
  (Array.isArray(detail?.consentRights) ? detail.consentRights : [])
    .map(asRecord)
    .filter((r): r is TRecord => r !== undefined);

/** The resource ids a right names: `resource: [{type: "urn:altinn:resource", value}]`. */
export const rightResourceIds = (right: TRecord): string[] =>
  (Array.isArray(right.resource) ? right.resource : []).flatMap((entry) => asString(asRecord(entry)?.value) ?? []);

/**
 * The consent the token carries for the resource (any of the ids it may be named by, see `resourceIdMatcher`): the
 * consent entry whose rights name it, else the first consent entry (so the later checks still report what they found).
 */
export function consentFor(
  claims: JWTPayload,
  isResource: (id: string) => boolean,
): { detail?: TRecord; right?: TRecord } {
  const details = consentDetails(claims);
  for (const detail of details) {
    const right = consentRights(detail).find((r) => rightResourceIds(r).some(isResource));
    if (right) return { detail, right };
  }
  return { detail: details[0] };
}

/**
 * The resource's own identifier, exactly; and for a resource migrated from Altinn 2 the id that converted Altinn 2
 * consents carry, `{org}_{serviceCode}_{serviceEditionCode}` (altinn-studio-docs, resource-owner/consent/
 * validate-concent/_index.en.md), compared ignoring case since Altinn 2 org codes were written in capitals too.
 */
export function resourceIdMatcher(expectation: {
  resourceIdentifier: string;
  migratedResourceIdentifier?: string | null;
}) {
  const migrated = expectation.migratedResourceIdentifier?.toLowerCase();
  return (id: string) =>
    id === expectation.resourceIdentifier || (migrated !== undefined && id.toLowerCase() === migrated);
}

/**
 * The value of a declared metadata key, looked up ignoring case: Altinn matches keys case-insensitively
 * (altinn-authorization-tmp, ConsentService.cs), and converted Altinn 2 consents carry lower-cased keys.
 */
export function metadataValue(given: TRecord, key: string): unknown {
  const wanted = key.toLowerCase();
  const match = Object.keys(given).find((name) => name.toLowerCase() === wanted);
  return match === undefined ? undefined : given[match];
}

/** Who holds the token: the consumer, and a supplier acting for it (supplier tokens, DOMAIN.md "Consent tokens"). */
export type TTokenHolder = { consumer: string | null; supplier: string | null; delegationSource: string | null };

export function tokenHolder(claims: JWTPayload): TTokenHolder {
  return {
    consumer: asString(asRecord(claims.consumer)?.ID) ?? null,
    supplier: asString(asRecord(claims.supplier)?.ID) ?? null,
    delegationSource: asString(claims.delegation_source) ?? null,
  };
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
