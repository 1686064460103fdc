import type { z } from "zod";
import type { ZConsentRequestDraft } from "./consent-request-draft-schema";
import { isValidNationalIdentityNumber } from "@/lib/platform/validation/national-identity-number";
import { isValidOrganisationNumber } from "@/lib/platform/validation/organisation-number";

// The consent-request rules as Altinn's code enforces them (DOMAIN.md, "Consent requests as Altinn's code enforces
// them"; Altinn/altinn-authorization-tmp `Core/Services/ConsentService.cs`) applied to what a consumer fills in the
// integration kit's builder, and the request body built from it (the OpenAPI's `ConsentRequestDto`). Shared by the
// builder (zodResolver, live snippets) and the server action, which checks again against the definition it reads
// itself. Messages are keys under `errors.fields`.

export const PERSON_URN = "urn:altinn:person:identifier-no:";
export const ORGANISATION_URN = "urn:altinn:organization:identifier-no:";
export const RESOURCE_URN_TYPE = "urn:altinn:resource";
export const MAX_METADATA_VALUE = 500;
export const MAX_REQUEST_MESSAGE = 1000;

/** What the kit needs from a consent resource's published definition. */
export type TKitResource = {
  identifier: string;
  title: { nb?: string; nn?: string; en?: string };
  owner: { name: string; orgNumber: string };
  consentTemplate: string;
  /** `optional` is kept only to say it means nothing to Altinn today: every declared key is required (AM-00008). */
  metadata: { key: string; optional: boolean }[];
  /** Whether the resource's consent template shows a `requestMessage` (`isMessageSetInRequest`). */
  usesRequestMessage: boolean;
  scopes: string[];
  isOneTimeConsent: boolean;
  /** The access list the consumer must be on, when the resource uses one. */
  accessListName: string | null;
};

export const PARTY_TYPES = ["person", "organisation"] as const;
/** `ConsentPortalViewMode`: `Show` also lists the request in the person's own view in Altinn. */
export const PORTAL_VIEW_MODES = ["Hide", "Show"] as const;

export type TConsentRequestDraft = z.infer<typeof ZConsentRequestDraft>;

export type TDraftIssue = { path: (string | number)[]; message: string };

/** The draft's value for a declared key, matched case-insensitively as Altinn matches keys; trimmed. */
function metadataValue(draft: TConsentRequestDraft, key: string): string {
  const wanted = key.toLowerCase();
  // Own keys only: a key such as `constructor` must not find Object's built-ins.
  const own = Object.keys(draft.metadata ?? {});
  const exact = own.includes(key) ? key : own.find((name) => name.toLowerCase() === wanted);
  const value = exact === undefined ? undefined : draft.metadata[exact];
  return typeof value === "string" ? value.trim() : "";
}

/** `YYYY-MM-DD` → the last second of that day, UTC; null when it is not a real date. */
export function validToInstant(date: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const instant = new Date(`${date}T23:59:59Z`);
  return Number.isNaN(instant.getTime()) || instant.toISOString().slice(0, 10) !== date
    ? null
    : instant.toISOString().replace(".000Z", "Z");
}

// Schemes whose "return" runs code in the browser instead of opening a page or an app. Altinn's IsValidUrl would
// take them; the kit does not teach them.
const SCRIPT_SCHEMES = new Set(["javascript", "data", "vbscript", "file", "blob"]);

/**
 * `ConsentService.IsValidUrl` (Altinn/altinn-authorization-tmp): an absolute http(s) URL, or a custom scheme (letter,
 * then letters, digits, `+`, `-`, `.`) for a mobile app's deep link such as `no.bank.app://consent/done`.
 */
export function isValidRedirectUrl(value: string): boolean {
  let scheme: string;
  try {
    scheme = new URL(value).protocol.slice(0, -1);
  } catch {
    return false;
  }
  // A scheme with nothing after it (`myapp:`) is not a place to return to.
  if (value.slice(scheme.length + 1).trim() === "") return false;
  return /^[a-z][a-z0-9+\-.]*$/.test(scheme) && !SCRIPT_SCHEMES.has(scheme);
}

/** `from` and `requiredDelegator`: a person by national identity number, an organisation by organisation number. */
function partyIssue(type: (typeof PARTY_TYPES)[number], value: string): string | null {
  if (type === "person") {
    if (!/^\d{11}$/.test(value)) return "nationalIdentityNumberFormat";
    return isValidNationalIdentityNumber(value) ? null : "nationalIdentityNumberChecksum";
  }
  return isValidOrganisationNumber(value) ? null : "organisationNumber";
}

/** A required delegator is a person (11 digits) or an organisation (9 digits), told apart by length. */
export function delegatorType(value: string): (typeof PARTY_TYPES)[number] | null {
  if (/^\d{11}$/.test(value)) return "person";
  if (/^\d{9}$/.test(value)) return "organisation";
  return null;
}

/** Every rule the consent API applies, as field issues, so the builder shows them before anything is sent. */
export function draftIssues(
  draft: TConsentRequestDraft,
  resource: TKitResource,
  now: Date = new Date(),
): TDraftIssue[] {
  const issues: TDraftIssue[] = [];
  const party = partyIssue(draft.partyType, draft.party);
  if (party) issues.push({ path: ["party"], message: party });
  if (draft.requiredDelegator) {
    const type = delegatorType(draft.requiredDelegator);
    const delegator = type ? partyIssue(type, draft.requiredDelegator) : "partyNumber";
    if (delegator) issues.push({ path: ["requiredDelegator"], message: delegator });
  }
  const validTo = validToInstant(draft.validTo);
  if (!draft.validTo) issues.push({ path: ["validTo"], message: "required" });
  else if (!validTo) issues.push({ path: ["validTo"], message: "date" });
  else if (Date.parse(validTo) <= now.getTime()) issues.push({ path: ["validTo"], message: "validToPast" });
  // Altinn ignores `optional`: a declared key left out is AM-00008, an empty value AM-00007 (ValidateConsentMetadata,
  // ValidateRequiredMetadata). Undeclared keys in the draft are never sent (that would be AM-00006).
  for (const { key } of resource.metadata) {
    const value = metadataValue(draft, key);
    if (value === "") issues.push({ path: ["metadata", key], message: `metadataValueRequired|${key}` });
    else if (value.length > MAX_METADATA_VALUE)
      issues.push({ path: ["metadata", key], message: `tooLong|${MAX_METADATA_VALUE}` });
  }
  if (!draft.redirectUrl) issues.push({ path: ["redirectUrl"], message: "required" });
  else if (!isValidRedirectUrl(draft.redirectUrl)) issues.push({ path: ["redirectUrl"], message: "redirectUrl" });
  return issues;
}

export type TConsentRequestBody = {
  id: string;
  from: string;
  requiredDelegator?: string;
  to: string;
  validTo: string;
  consentRights: {
    action: ["consent"];
    resource: { type: string; value: string }[];
    metadata: Record<string, string>;
  }[];
  requestMessage?: { nb: string };
  redirectUrl: string;
  portalViewMode: (typeof PORTAL_VIEW_MODES)[number];
};

const partyUrn = (type: (typeof PARTY_TYPES)[number], value: string) =>
  `${type === "person" ? PERSON_URN : ORGANISATION_URN}${value}`;

/**
 * The POST body for Altinn's consent request API, members in the OpenAPI's order. Every declared key is sent,
 * lower-cased as Altinn compares them, under `metadata` (the OpenAPI's spelling); the message only when the
 * resource's template shows one.
 */
export function buildConsentRequest(options: {
  id: string;
  consumerOrgNumber: string;
  resource: TKitResource;
  draft: TConsentRequestDraft;
}): TConsentRequestBody {
  const { id, consumerOrgNumber, resource, draft } = options;
  const metadata: Record<string, string> = {};
  for (const { key } of resource.metadata) metadata[key.toLowerCase()] = metadataValue(draft, key);
  const delegator = (draft.requiredDelegator ?? "").trim();
  const delegatorKind = delegatorType(delegator);
  const message = resource.usesRequestMessage ? draft.requestMessage.trim() : "";
  return {
    id,
    from: partyUrn(draft.partyType, draft.party.trim()),
    ...(delegatorKind ? { requiredDelegator: partyUrn(delegatorKind, delegator) } : {}),
    to: `${ORGANISATION_URN}${consumerOrgNumber}`,
    validTo: validToInstant(draft.validTo) ?? draft.validTo,
    consentRights: [
      { action: ["consent"], resource: [{ type: RESOURCE_URN_TYPE, value: resource.identifier }], metadata },
    ],
    ...(message ? { requestMessage: { nb: message } } : {}),
    redirectUrl: draft.redirectUrl.trim(),
    portalViewMode: draft.portalViewMode ?? "Hide",
  };
}

/** The builder's default `validTo`: a date `days` ahead, as YYYY-MM-DD (UTC). */
export function dateInDays(days: number, from: Date = new Date()): string {
  return new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}
