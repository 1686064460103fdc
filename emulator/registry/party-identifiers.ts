import { createHash } from "node:crypto";
import { isValidOrgNumber } from "../orgs/org-register";

/**
 * Altinn's register gives every organisation a party UUID and a numeric party id; the Resource
 * Registry stores access-list members by party UUID and answers with all three identifiers
 * (Altinn/altinn-resource-registry, src/Altinn.ResourceRegistry/Models/AccessListMembershipDto.cs).
 * The emulator derives them from the organisation number, so they are stable across resets.
 */
export interface PartyIdentifiers {
  partyUuid: string;
  partyId: number;
  orgNumber: string;
}

export const PARTY_URN = {
  uuid: "urn:altinn:party:uuid",
  id: "urn:altinn:party:id",
  organization: "urn:altinn:organization:identifier-no",
} as const;

// Party ids in Altinn are int32; 500,000,000 + a nine-digit number stays below 2^31 and is reversible.
const PARTY_ID_BASE = 500_000_000;

const byUuid = new Map<string, string>();

export function partyOfOrg(orgNumber: string): PartyIdentifiers {
  const hash = createHash("sha1").update(`emulator-party:${orgNumber}`).digest("hex");
  // Shaped as a version-5 UUID (name-based), so it parses wherever a UUID is expected.
  const variant = ((parseInt(hash.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  const partyUuid = `${hash.slice(0, 8)}-${hash.slice(8, 12)}-5${hash.slice(13, 16)}-${variant}${hash.slice(17, 20)}-${hash.slice(20, 32)}`;
  byUuid.set(partyUuid, orgNumber);
  return { partyUuid, partyId: PARTY_ID_BASE + Number(orgNumber), orgNumber };
}

/**
 * The party a PartyUrn names (organisation number, party UUID or party id), as the registry's
 * register lookup resolves it; undefined when no such party exists (any valid organisation number
 * is a party in the emulator; UUIDs are known once their organisation has been seen).
 */
export function resolveParty(urn: string): PartyIdentifiers | undefined {
  const [prefix, value] = splitUrn(urn);
  if (prefix === PARTY_URN.organization) return isValidOrgNumber(value) ? partyOfOrg(value) : undefined;
  if (prefix === PARTY_URN.uuid) {
    const orgNumber = byUuid.get(value.toLowerCase());
    return orgNumber ? partyOfOrg(orgNumber) : undefined;
  }
  if (prefix === PARTY_URN.id && /^\d+$/.test(value)) {
    const orgNumber = String(Number(value) - PARTY_ID_BASE).padStart(9, "0");
    return Number(value) > PARTY_ID_BASE && isValidOrgNumber(orgNumber) ? partyOfOrg(orgNumber) : undefined;
  }
  return undefined;
}

/**
 * Whether the string is a PartyUrn the registry can parse at all (PartyUrn.cs: party:id is an int,
 * party:uuid a GUID, organization:identifier-no nine digits; OrganizationNumber.cs has no mod-11 check).
 */
export function isPartyUrn(urn: string): boolean {
  const [prefix, value] = splitUrn(urn);
  if (prefix === PARTY_URN.organization) return /^\d{9}$/.test(value);
  if (prefix === PARTY_URN.uuid) return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
  if (prefix === PARTY_URN.id) return /^\d{1,10}$/.test(value) && Number(value) <= 2_147_483_647;
  return false;
}

function splitUrn(urn: string): [string, string] {
  for (const prefix of Object.values(PARTY_URN)) {
    if (urn.startsWith(`${prefix}:`)) return [prefix, urn.slice(prefix.length + 1)];
  }
  return ["", ""];
}
