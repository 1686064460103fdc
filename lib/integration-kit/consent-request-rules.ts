import { z } from "zod";
import { isValidNationalIdentityNumber } from "@/lib/validation/national-identity-number";
import { isValidOrganisationNumber } from "@/lib/validation/organisation-number";

// The consent-request rules (DOMAIN.md, "Consent requests") applied to what a consumer fills in the integration
// kit's builder, and the request body built from it. Shared by the builder (zodResolver, live snippets) and the
// server action, which checks again against the definition it reads itself. Messages are keys under `errors.fields`.

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
  metadata: { key: string; optional: boolean }[];
  scopes: string[];
  isOneTimeConsent: boolean;
  /** The access list the consumer must be on, when the resource uses one. */
  accessListName: string | null;
};

export const PARTY_TYPES = ["person", "organisation"] as const;

export const ZConsentRequestDraft = z.object({
  partyType: z.enum(PARTY_TYPES, { message: "invalid" }),
  /** The national identity number or organisation number of whoever is asked to consent (`from`). */
  party: z.string().trim(),
  /** A date (YYYY-MM-DD); the consent is valid to the end of that day, UTC. */
  validTo: z.string().trim(),
  metadata: z.record(z.string(), z.string().trim()),
  requestMessage: z.string().trim().max(MAX_REQUEST_MESSAGE, { message: `tooLong|${MAX_REQUEST_MESSAGE}` }),
  redirectUrl: z.string().trim(),
});
export type TConsentRequestDraft = z.infer<typeof ZConsentRequestDraft>;

export type TDraftIssue = { path: (string | number)[]; message: string };

/** The draft's own value for a key, trimmed: a key such as `constructor` must not find Object's built-ins. */
function metadataValue(draft: TConsentRequestDraft, key: string): string {
  const value = Object.hasOwn(draft.metadata, key) ? draft.metadata[key] : undefined;
  return typeof value === "string" ? value.trim() : "";
}

/** `YYYY-MM-DD` → the last second of that day, UTC; null when it is not a real date. */
export function validToInstant(date: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const instant = new Date(`${date}T23:59:59Z`);
  return Number.isNaN(instant.getTime()) || instant.toISOString().slice(0, 10) !== date ? null : instant.toISOString().replace(".000Z", "Z");
}

function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** Every rule the consent API applies, as field issues, so the builder shows them before anything is sent. */
export function draftIssues(draft: TConsentRequestDraft, resource: TKitResource, now: Date = new Date()): TDraftIssue[] {
  const issues: TDraftIssue[] = [];
  if (draft.partyType === "person") {
    if (!/^\d{11}$/.test(draft.party)) issues.push({ path: ["party"], message: "nationalIdentityNumberFormat" });
    else if (!isValidNationalIdentityNumber(draft.party)) issues.push({ path: ["party"], message: "nationalIdentityNumberChecksum" });
  } else if (!isValidOrganisationNumber(draft.party)) {
    issues.push({ path: ["party"], message: "organisationNumber" });
  }
  const validTo = validToInstant(draft.validTo);
  if (!draft.validTo) issues.push({ path: ["validTo"], message: "required" });
  else if (!validTo) issues.push({ path: ["validTo"], message: "date" });
  else if (Date.parse(validTo) <= now.getTime()) issues.push({ path: ["validTo"], message: "validToPast" });
  for (const { key, optional } of resource.metadata) {
    const value = metadataValue(draft, key);
    if (!optional && value === "") issues.push({ path: ["metadata", key], message: `metadataValueRequired|${key}` });
    if (value.length > MAX_METADATA_VALUE) issues.push({ path: ["metadata", key], message: `tooLong|${MAX_METADATA_VALUE}` });
  }
  if (!draft.redirectUrl) issues.push({ path: ["redirectUrl"], message: "required" });
  else if (!isHttpUrl(draft.redirectUrl)) issues.push({ path: ["redirectUrl"], message: "url" });
  return issues;
}

/** The draft schema for one resource: the shape, then every rule of `draftIssues`. */
export function consentRequestDraftSchema(resource: TKitResource, now: () => Date = () => new Date()) {
  return ZConsentRequestDraft.superRefine((draft, ctx) => {
    for (const issue of draftIssues(draft, resource, now())) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  });
}

export type TConsentRequestBody = {
  id: string;
  from: string;
  to: string;
  validTo: string;
  consentRights: { action: ["consent"]; resource: { type: string; value: string }[]; metaData: Record<string, string> }[];
  requestMessage?: { nb: string };
  redirectUrl: string;
};

/**
 * The POST body for Altinn's consent request API. Only declared keys are sent, lowercase as declared (a key case
 * mismatch is the classic cause of a refused request), and optional keys only when filled in.
 */
export function buildConsentRequest(options: {
  id: string;
  consumerOrgNumber: string;
  resource: TKitResource;
  draft: TConsentRequestDraft;
}): TConsentRequestBody {
  const { id, consumerOrgNumber, resource, draft } = options;
  const metaData: Record<string, string> = {};
  for (const { key } of resource.metadata) {
    const value = metadataValue(draft, key);
    if (value !== "") metaData[key.toLowerCase()] = value;
  }
  const party = draft.party.trim();
  return {
    id,
    from: `${draft.partyType === "person" ? PERSON_URN : ORGANISATION_URN}${party}`,
    to: `${ORGANISATION_URN}${consumerOrgNumber}`,
    validTo: validToInstant(draft.validTo) ?? draft.validTo,
    consentRights: [{ action: ["consent"], resource: [{ type: RESOURCE_URN_TYPE, value: resource.identifier }], metaData }],
    ...(draft.requestMessage.trim() ? { requestMessage: { nb: draft.requestMessage.trim() } } : {}),
    redirectUrl: draft.redirectUrl.trim(),
  };
}

/** The builder's default `validTo`: a date `days` ahead, as YYYY-MM-DD (UTC). */
export function dateInDays(days: number, from: Date = new Date()): string {
  return new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}
