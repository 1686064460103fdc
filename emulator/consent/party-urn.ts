import { createHash } from "node:crypto";
import { findTestPerson } from "../idporten/test-persons";
import { organisationName } from "../orgs/org-register";

export const PERSON_URN = "urn:altinn:person:identifier-no:";
export const ORGANISATION_URN = "urn:altinn:organization:identifier-no:";
const PARTY_UUID_URNS = [
  "urn:altinn:party:uuid:",
  "urn:altinn:person:uuid:",
  "urn:altinn:organization:uuid:",
  "urn:altinn:systemuser:uuid:",
];
const PARTY_ID_URNS = ["urn:altinn:party:id:", "urn:altinn:partyid:"];

export type PartyUrn =
  | { kind: "person"; value: string; urn: string }
  | { kind: "organization"; value: string; urn: string }
  | { kind: "party"; value: string; urn: string };

/** OrganizationNumber.TryParse (Altinn.Authorization.Api.Contracts/Register/OrganizationNumber.cs). */
function isOrganizationNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const sum = [3, 2, 7, 6, 5, 4, 3, 2].reduce((total, weight, index) => total + weight * Number(value[index]), 0);
  return (11 - (sum % 11)) % 11 === Number(value[8]);
}

/**
 * PersonIdentifier.TryParse (.../Register/PersonIdentifier.cs): the 2032 algorithm, where the first check digit
 * may be any of four values; the old numbers still pass.
 */
function isPersonIdentifier(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const sum = (weights: number[]) => weights.reduce((total, weight, index) => total + weight * (digits[index] ?? 0), 0);
  const base = sum([3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11;
  const k1 = [11, 12, 13, 14].map((offset) => (offset - base) % 11);
  const k2 = (11 - (sum([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
  return k1.includes(digits[9] ?? -1) && digits[10] === k2;
}

/**
 * ConsentPartyUrn as Altinn's JSON converter reads it (Altinn.Authorization.Api.Contracts/Consent/ConsentPartyUrn.cs):
 * a person or organisation identifier (checked as above), a party uuid or a party id. Anything else cannot be read,
 * which ASP.NET answers with its model-binding 400.
 */
export function parsePartyUrn(text: unknown): PartyUrn | undefined {
  if (typeof text !== "string") return undefined;
  if (text.startsWith(PERSON_URN)) {
    const value = text.slice(PERSON_URN.length);
    return isPersonIdentifier(value) ? { kind: "person", value, urn: text } : undefined;
  }
  if (text.startsWith(ORGANISATION_URN)) {
    const value = text.slice(ORGANISATION_URN.length);
    return isOrganizationNumber(value) ? { kind: "organization", value, urn: text } : undefined;
  }
  const uuidPrefix = PARTY_UUID_URNS.find((prefix) => text.startsWith(prefix));
  if (uuidPrefix && /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(text.slice(uuidPrefix.length))) {
    return { kind: "party", value: text.slice(uuidPrefix.length).toLowerCase(), urn: text };
  }
  const idPrefix = PARTY_ID_URNS.find((prefix) => text.startsWith(prefix));
  if (idPrefix && /^\d+$/.test(text.slice(idPrefix.length)))
    return { kind: "party", value: text.slice(idPrefix.length), urn: text };
  return undefined;
}

/**
 * Whether Altinn's register would find the party (ConsentService.ValidatePartyFromExternalIdentity). The emulator's
 * register knows every valid organisation number (orgs/org-register.ts) and, like the test environment, only
 * synthetic persons: the built-in test persons and Tenor-style numbers (birth month + 80).
 */
export function partyExists(party: PartyUrn): boolean {
  if (party.kind === "organization") return organisationName(party.value) !== undefined;
  if (party.kind === "person") return findTestPerson(party.value) !== undefined || Number(party.value.slice(2, 4)) > 80;
  // Party uuids and ids are Altinn's internal register keys; the emulator has none to look them up in.
  return false;
}

/** The stable internal party uuid Altinn stores for an identifier (the emulator derives one; Altinn's are random). */
export function partyUuidOf(urn: string): string {
  const hex = createHash("sha256").update(`emulator-party:${urn}`).digest("hex");
  const variant = ((Number.parseInt(hex[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function isOrganisationUrn(urn: string | undefined, orgNumber: string): boolean {
  return urn === `${ORGANISATION_URN}${orgNumber}`;
}
