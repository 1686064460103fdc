import type { PrismaClient } from "@/lib/platform/db/create-prisma-client";
import { validDefinition } from "@/lib/consent-resources/test-fixtures";
import { createAccessRequest } from "@/lib/access-requests/create-access-request";
import { decideAccessRequest } from "@/lib/access-requests/decide-access-request";
import { revokeAccessRequest } from "@/lib/access-requests/revoke-access-request";
import { enqueueUpstreamChange } from "@/lib/upstream-jobs/enqueue-upstream-change";
import { createOrganisation, createUser, uniqueSuffix } from "@/test/factories";

// The data of the revoke race (fault-tolerance.test.ts): Skatteetaten (skd, whose delegations to the operator the
// emulator has built in) publishes a resource referencing two scopes with a linked access list; 20 consumers each
// ask for it, are approved and at once revoked through the access requests' own domain functions.

const PAIRS = 20;

export async function createRevokeRace(options: { db: PrismaClient }) {
  const { db } = options;
  const run = uniqueSuffix();
  const scopes = [`skd:race${run}.a`, `skd:race${run}.b`];
  const listIdentifier = `race-${run}`;
  const owner = await db.organisation.upsert({
    where: { orgNumber: "974761076" },
    create: { orgNumber: "974761076", name: "Skatteetaten", orgCode: "skd", scopePrefix: "skd" },
    update: {},
    select: { id: true, orgNumber: true },
  });
  const admin = await createUser(db);
  await db.membership.create({ data: { userId: admin.id, organisationId: owner.id, role: "ADMIN" } });
  const since = new Date(Date.now() - 1000);
  const identifier = `race-${run}`;
  const resource = await db.consentResource.create({
    data: {
      organisationId: owner.id,
      identifier,
      versions: { create: { version: 1, content: { ...validDefinition, identifier, scopeReferences: scopes } } },
    },
    select: { id: true, versions: { select: { id: true } } },
  });
  await db.consentResourcePublication.create({
    data: { resourceId: resource.id, environment: "TEST", versionId: resource.versions[0]!.id },
  });
  const list = await db.accessList.create({
    data: { organisationId: owner.id, environment: "TEST", identifier: listIdentifier, name: "Race" },
  });
  await db.accessListResourceLink.create({ data: { accessListId: list.id, resourceId: resource.id } });
  const consumers = await Promise.all(Array.from({ length: PAIRS }, () => createOrganisation(db)));

  // What the grants need upstream (the scopes and the list), made before any fault is injected.
  await db.$transaction(async (tx) => {
    const row = { tx, organisationId: owner.id, environment: "TEST" } as const;
    for (const scope of scopes) {
      const [prefix, subscope] = scope.split(":") as [string, string];
      await enqueueUpstreamChange({
        ...row,
        kind: "maskinporten.scope.upsert",
        targetType: "scope",
        targetId: `test:${scope}`,
        payload: {
          actingFor: owner.orgNumber,
          scope: { prefix, subscope, description: "Race", visibility: "PRIVATE" },
        },
      });
    }
    await enqueueUpstreamChange({
      ...row,
      kind: "registry.access-list.upsert",
      targetType: "access-list",
      targetId: `test:${listIdentifier}`,
      payload: { actingFor: owner.orgNumber, owner: "skd", listIdentifier, name: "Race", description: "" },
    });
  });

  const ours = { organisationId: owner.id, createdAt: { gte: since } };
  return {
    pairs: PAIRS,
    scopes,
    listIdentifier,
    consumerOrgNumbers: new Set(consumers.map((consumer) => consumer.orgNumber)),
    setupChanges: scopes.length + 1,
    /** The setup, then per pair a grant and a revoke of each scope and of the list membership. */
    expectedChanges: scopes.length + 1 + PAIRS * 2 * (scopes.length + 1),
    counts: async () => {
      const rows = await db.upstreamChange.groupBy({ by: ["status"], where: ours, _count: true });
      return Object.fromEntries(rows.map((row) => [row.status, row._count])) as Partial<Record<string, number>>;
    },
    superseded: () => db.upstreamChange.count({ where: { ...ours, supersededById: { not: null } } }),
    revokedRequests: () => db.accessRequest.count({ where: { resourceId: resource.id, status: "REVOKED" } }),
    /** Approves each consumer's request and revokes it at once; `afterHalf` runs once half the pairs are done. */
    approveAndRevokeEach: async (hooks: { afterHalf: () => unknown }) => {
      for (const [index, consumer] of consumers.entries()) {
        const { requestId } = await db.$transaction((tx) =>
          createAccessRequest({
            tx,
            consumerOrganisationId: consumer.id,
            userId: admin.id,
            resourceId: resource.id,
            environment: "TEST",
            message: "race",
          }),
        );
        const decision = { ownerOrganisationId: owner.id, requestId, userId: admin.id };
        await db.$transaction((tx) => decideAccessRequest({ tx, ...decision, decision: "approve", reason: "" }));
        // A few milliseconds for some grants to be picked up first, so grants and revokes meet in every order.
        await new Promise((resolve) => setTimeout(resolve, 40 * (index % 4)));
        await db.$transaction((tx) => revokeAccessRequest({ tx, ...decision, reason: "race" }));
        if (index === PAIRS / 2) hooks.afterHalf();
      }
    },
  };
}
