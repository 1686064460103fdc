import { addMembers, createAccessList, getAccessList } from "@/emulator/registry/access-list-store";
import { partyOfOrg } from "@/emulator/registry/party-identifiers";
import { validDefinition } from "@/lib/consent-resources/test-fixtures";
import type { PrismaClient } from "@/lib/platform/db/create-prisma-client";
import { createConsentResource, createOrganisation, uniqueSuffix } from "@/test/factories";

// A consumer (a fresh organisation) with an active access request for a Skatteetaten resource published to test
// and linked to an access list, in the portal's records and (when the emulator runs in this process) in the
// emulator's registry. The resource names no scopes, so the checklist's service step turns on the list alone. Used
// by the checklist's tests and by bench/growth.ts.

export const SKD = { orgNumber: "974761076", orgCode: "skd" };

export async function linkedListFixture(db: PrismaClient) {
  const identifier = `checklist-${uniqueSuffix()}`;
  const owner = await db.organisation.upsert({
    where: { orgNumber: SKD.orgNumber },
    create: { orgNumber: SKD.orgNumber, name: "Skatteetaten", orgCode: SKD.orgCode, scopePrefix: SKD.orgCode },
    update: {},
  });
  const consumer = await createOrganisation(db);
  const content = { ...validDefinition, identifier, scopeReferences: [] };
  const resource = await createConsentResource(db, { organisationId: owner.id, identifier, content });
  await db.consentResourcePublication.create({
    data: { resourceId: resource.id, environment: "TEST", versionId: resource.versions[0]!.id, state: "PUBLISHED" },
  });
  await db.accessRequest.create({
    data: {
      consumerOrganisationId: consumer.id,
      ownerOrganisationId: owner.id,
      resourceId: resource.id,
      environment: "TEST",
      status: "ACTIVE",
    },
  });
  const list = await db.accessList.create({
    data: { organisationId: owner.id, environment: "TEST", identifier, name: "Checklist" },
  });
  await db.accessListResourceLink.create({ data: { accessListId: list.id, resourceId: resource.id } });
  return {
    owner,
    consumer,
    list,
    /** Puts members on the list in the portal's records and in the in-process emulator's registry. */
    async addMembers(orgNumbers: string[]) {
      for (let i = 0; i < orgNumbers.length; i += 10_000) {
        const batch = orgNumbers.slice(i, i + 10_000);
        await db.accessListMember.createMany({
          data: batch.map((orgNumber) => ({ accessListId: list.id, orgNumber })),
        });
      }
      const upstream =
        getAccessList("test", SKD.orgCode, identifier) ?? createAccessList("test", SKD.orgCode, identifier, "x", "");
      addMembers(upstream, orgNumbers.map(partyOfOrg));
    },
  };
}
