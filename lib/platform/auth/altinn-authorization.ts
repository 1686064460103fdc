import { z } from "zod";
import type { Role } from "@/lib/platform/db/create-prisma-client";
import { isValidOrganisationNumber } from "@/lib/platform/validation/organisation-number";
import { ANSATTPORTEN_RESOURCE_TYPE } from "./authorization-details-request";
import { resourceId } from "./portal-resources";
import { hasRole } from "./roles";

// Reads the `authorization_details` claim of an Ansattporten ID token: per resource the person holds, the chosen
// organisations (`authorized_parties`), each with `orgno` {authority "iso6523-actorid-upis", ID "0192:<orgnr>"},
// `resource` (the id), `name`, `unit_type` (felleslosninger/docs, _docs/ansattporten/ansattporten_rar.md, "Eksempel på
// respons"). A person who continued as themselves gets objects with only `type`
// (_docs/ansattporten/ansattporten_representasjon.md); other RAR types are not ours to read (RFC 9396 section 2).
// Anything that does not fit grants nothing: a right the portal cannot read is never trusted.

const ISO6523_ORGANISATION = /^0192:(\d{9})$/;

const ZAuthorizedParty = z.object({
  orgno: z.object({ authority: z.string().optional(), ID: z.string() }),
  resource: z.string().optional(),
  name: z.string().optional(),
  unit_type: z.string().optional(),
});

const ZResourceDetail = z.object({
  type: z.literal(ANSATTPORTEN_RESOURCE_TYPE),
  resource: z.string().optional(),
  resource_name: z.string().optional(),
  authorized_parties: z.array(z.unknown()).optional(),
});

export type TAltinnParty = {
  orgNumber: string;
  name: string;
  /** The portal's resources the token named for this organisation (ids, without `urn:altinn:resource:`). */
  resources: string[];
  /** The highest role among them; null when the token named none of the portal's resources for it. */
  role: Role | null;
};

export type TAltinnAuthorization = { parties: TAltinnParty[]; unknownResources: string[] };

function orgNumberOf(orgno: z.infer<typeof ZAuthorizedParty>["orgno"]): string | null {
  if (orgno.authority !== undefined && orgno.authority !== "iso6523-actorid-upis") return null;
  const orgNumber = ISO6523_ORGANISATION.exec(orgno.ID)?.[1];
  return orgNumber && isValidOrganisationNumber(orgNumber) ? orgNumber : null;
}

function highest(roles: Role[]): Role | null {
  return roles.reduce<Role | null>((best, role) => (best === null || hasRole(role, best) ? role : best), null);
}

/** The organisations the login represents and what the portal makes of each. */
export function parseAltinnAuthorization(claim: unknown, roles: ReadonlyMap<string, Role>): TAltinnAuthorization {
  const details = Array.isArray(claim) ? claim : [];
  const parties = new Map<string, { name: string; resources: Set<string> }>();
  const unknownResources = new Set<string>();
  for (const raw of details) {
    const detail = ZResourceDetail.safeParse(raw);
    if (!detail.success) continue;
    for (const rawParty of detail.data.authorized_parties ?? []) {
      const party = ZAuthorizedParty.safeParse(rawParty);
      if (!party.success) continue;
      const orgNumber = orgNumberOf(party.data.orgno);
      const resource = detail.data.resource ?? party.data.resource;
      if (!orgNumber || !resource) continue;
      const entry = parties.get(orgNumber) ?? { name: party.data.name ?? "", resources: new Set<string>() };
      if (!entry.name && party.data.name) entry.name = party.data.name;
      const id = resourceId(resource);
      if (roles.has(id)) entry.resources.add(id);
      else unknownResources.add(id);
      parties.set(orgNumber, entry);
    }
  }
  return {
    parties: [...parties].map(([orgNumber, { name, resources }]) => {
      const ids = [...resources].sort();
      return { orgNumber, name: name || orgNumber, resources: ids, role: highest(ids.map((id) => roles.get(id)!)) };
    }),
    unknownResources: [...unknownResources].sort(),
  };
}
