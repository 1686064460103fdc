import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import type { TAltinnAuthorization } from "./altinn-authorization";
import type { TLastAuthorization } from "./last-authorization";

// Rights → memberships at an Ansattporten login (issue 14; docs/ANSATTPORTEN.md). Whom a login acts for is the
// organisation picker's choice: the organisations of this login get ALTINN memberships with the role of their highest
// resource, every other ALTINN membership of the person is made inactive (a right removed in Altinn is gone at the next
// login, and switching organisation goes through the picker again). Memberships managed in the portal (PORTAL) are
// left alone.

type TParty = TLastAuthorization["parties"][number];

export type TAppliedAuthorization = {
  parties: TParty[];
  /** Organisations this login set up (the person holds the admin resource and the portal did not know them). */
  created: { id: string; orgNumber: string; name: string }[];
};

/**
 * A new organisation from the token, as a service owner when Altinn lists it (org code, and the org code as its
 * Maskinporten scope prefix: Digdir assigns prefixes and publishes no list of them, and its own prefixes follow the org
 * codes), else as a data consumer. ON CONFLICT DO NOTHING, so two first logins at once make one organisation, and a
 * code some other organisation already holds makes a consumer rather than a failed login.
 */
async function setUpOrganisation(tx: TTx, party: { orgNumber: string; name: string }, orgCode: string | undefined) {
  const attempts = orgCode ? [{ orgCode, scopePrefix: orgCode }, {}] : [{}];
  for (const codes of attempts) {
    const { count } = await tx.organisation.createMany({
      data: [{ orgNumber: party.orgNumber, name: party.name, ...codes }],
      skipDuplicates: true,
    });
    const organisation = await tx.organisation.findUnique({
      where: { orgNumber: party.orgNumber },
      select: { id: true },
    });
    if (organisation) return { id: organisation.id, created: count === 1 };
  }
  throw new Error(`organisation ${party.orgNumber} could not be set up`);
}

export async function applyAltinnAuthorization(options: {
  tx: TTx;
  userId: string;
  authorization: TAltinnAuthorization;
  /** Org code per organisation number, from Altinn's list of service owners (empty when it could not be read). */
  serviceOwners: ReadonlyMap<string, string>;
  now: Date;
}): Promise<TAppliedAuthorization> {
  const { tx, userId, now } = options;
  const known = await tx.organisation.findMany({
    where: { orgNumber: { in: options.authorization.parties.map((party) => party.orgNumber) } },
    select: { id: true, orgNumber: true },
  });
  const idOf = new Map(known.map((organisation) => [organisation.orgNumber, organisation.id]));
  const parties: TParty[] = [];
  const created: TAppliedAuthorization["created"] = [];
  for (const party of options.authorization.parties) {
    const { role } = party;
    if (!role) {
      parties.push({ ...party, role, outcome: "noPortalRight" });
      continue;
    }
    let organisationId = idOf.get(party.orgNumber);
    if (!organisationId && role === "ADMIN") {
      const setUp = await setUpOrganisation(tx, party, options.serviceOwners.get(party.orgNumber));
      organisationId = setUp.id;
      if (setUp.created) created.push({ id: setUp.id, orgNumber: party.orgNumber, name: party.name });
    }
    if (!organisationId) {
      parties.push({ ...party, role, outcome: "notSetUp" });
      continue;
    }
    const fields = {
      role,
      source: "ALTINN",
      altinnResources: party.resources,
      active: true,
      lastLoginAt: now,
    } as const;
    await tx.membership.upsert({
      where: { userId_organisationId: { userId, organisationId } },
      create: { userId, organisationId, ...fields },
      update: fields,
    });
    idOf.set(party.orgNumber, organisationId);
    parties.push({ ...party, role, outcome: "member" });
  }
  const represented = parties.filter((party) => party.outcome === "member").map((party) => idOf.get(party.orgNumber)!);
  await tx.membership.updateMany({
    where: { userId, source: "ALTINN", active: true, organisationId: { notIn: represented } },
    data: { active: false },
  });
  return { parties, created };
}
