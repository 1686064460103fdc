import { afterAll, describe, expect, it } from "vitest";
import { createOrganisation, createUser, testDb, uniqueSuffix } from "@/test/factories";
import { auditTargetLabels, targetKey } from "./audit-target-labels";

// The log page names what an event happened to from the target's current row (the stored summary is English).

const db = testDb();
afterAll(() => db.$disconnect());

describe("audit target labels", () => {
  it("name scopes, access lists, clients, resources and members, and skip what is gone or not an id", async () => {
    const user = await createUser(db, { name: "Kari Logg" });
    const organisation = await createOrganisation(db, { members: [{ userId: user.id, role: "ADMIN" }] });
    const organisationId = organisation.id;
    const s = uniqueSuffix();
    const scope = await db.maskinportenScope.create({
      data: { organisationId, environment: "TEST", prefix: "skd", subscope: `logg.${s}`, description: "x" },
    });
    const list = await db.accessList.create({
      data: { organisationId, environment: "TEST", identifier: `logg-${s}`, name: "Liste" },
    });
    const client = await db.maskinportenClient.create({
      data: { organisationId, environment: "TEST", name: `Klient ${s}` },
    });
    const resource = await db.consentResource.create({ data: { organisationId, identifier: `skd-logg-${s}` } });
    const membership = await db.membership.findFirstOrThrow({ where: { organisationId } });
    const targets = [
      { targetType: "scope", targetId: scope.id },
      { targetType: "access-list", targetId: list.id },
      { targetType: "maskinporten-client", targetId: client.id },
      { targetType: "consent-resource", targetId: resource.id },
      { targetType: "consentResource", targetId: resource.id },
      { targetType: "consent-resource", targetId: "skd-publisert" },
      { targetType: "membership", targetId: membership.id },
      { targetType: "organisation", targetId: organisationId },
      { targetType: "scope", targetId: crypto.randomUUID() },
      { targetType: "test", targetId: "not-an-id" },
      { targetType: "user", targetId: null },
    ];
    const labels = await auditTargetLabels(targets);
    expect(targets.map((target) => labels.get(targetKey(target)) ?? null)).toEqual([
      `skd:logg.${s}`,
      `logg-${s}`,
      `Klient ${s}`,
      `skd-logg-${s}`,
      `skd-logg-${s}`,
      "skd-publisert",
      "Kari Logg",
      organisation.name,
      null,
      null,
      null,
    ]);
  });
});
