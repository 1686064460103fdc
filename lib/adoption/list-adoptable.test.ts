import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startContractEmulator } from "@/lib/platform/upstream/contract/emulator-fixture";
import { syntheticOrgNumbers } from "@/lib/access-lists/synthetic-org-numbers";
import { testDb, uniqueSuffix } from "@/test/factories";
import { listAdoptable } from "./list-adoptable";
import * as upstream from "./test-support/seed-upstream";

// What the adoption page lists, read live from the emulator in-process (objects placed through its control
// endpoints), for Skatteetaten, whose delegations to the operator the emulator has built in.

const db = testDb();
const s = uniqueSuffix();
let emulator: Awaited<ReturnType<typeof startContractEmulator>>;
let organisation: { id: string; orgNumber: string; orgCode: string | null; scopePrefix: string | null };
const lists = Array.from({ length: 23 }, (_, i) => `adopt-${s}-${String(i).padStart(2, "0")}`);
const members = syntheticOrgNumbers(250, 81_000_000);

beforeAll(async () => {
  emulator = await startContractEmulator();
  organisation = await db.organisation.upsert({
    where: { orgNumber: upstream.SKD },
    create: { orgNumber: upstream.SKD, name: "Skatteetaten", orgCode: "skd", scopePrefix: "skd" },
    update: {},
    select: { id: true, orgNumber: true, orgCode: true, scopePrefix: true },
  });
  await upstream.seedScopes(emulator.url, [
    { prefix: "skd", subscope: `adopt.${s}.one`, description: "One", consumers: ["313876144", "310149942"] },
    { prefix: "skd", subscope: `adopt.${s}.known`, description: "Known" },
  ]);
  await db.maskinportenScope.create({
    data: {
      organisationId: organisation.id,
      environment: "TEST",
      prefix: "skd",
      subscope: `adopt.${s}.known`,
      description: "K",
    },
  });
  await upstream.seedResources(emulator.url, [
    { resource: upstream.realInconsistentResource(`skd-migrert-${s}`) },
    upstream.consistentResource(`skd-ok-${s}`, { version: "4", lists: [lists[0]!] }),
  ]);
  await upstream.seedAccessLists(
    emulator.url,
    lists.map((identifier, i) => ({
      identifier,
      name: `List ${i}`,
      members: i === 0 ? members : [],
      connections: i === 0 ? [{ resource: `skd-ok-${s}`, actionFilters: ["requestconsent"] }] : [],
    })),
  );
  await upstream.seedClient(emulator.url, { id: `client-${s}`, name: "Old integration", scopes: [] });
});

afterAll(async () => {
  await emulator?.close();
  await db.$disconnect();
});

describe("listAdoptable", () => {
  it("lists scopes with consumers, resources with policy and problems, every list and member page, clients", async () => {
    const inventory = await listAdoptable(organisation, "TEST");
    const scopes = inventory.scopes?.items ?? [];
    expect(scopes.find((scope) => scope.name === `skd:adopt.${s}.one`)?.consumers.sort()).toEqual([
      "310149942",
      "313876144",
    ]);
    expect(scopes.map((scope) => scope.name)).not.toContain(`skd:adopt.${s}.known`);

    const resources = inventory.resources?.items ?? [];
    const migrated = resources.find((resource) => resource.identifier === `skd-migrert-${s}`);
    expect(migrated?.problems.map((problem) => problem.message)).toEqual(
      expect.arrayContaining(["placeholderUndeclared", "contactCategoryUnknown", "availableForMissing"]),
    );
    expect(migrated?.policy).toBeNull();
    const ok = resources.find((resource) => resource.identifier === `skd-ok-${s}`);
    expect(ok).toMatchObject({ registryVersion: 4, problems: [] });
    expect(ok?.policy).toMatchObject({
      requesters: { accessListMode: "Enabled", accessLists: [lists[0]] },
      reasons: [],
    });

    // 23 lists: past the registry's page of 20; 250 members: past its page of 100.
    const found = (inventory.accessLists?.items ?? []).filter((list) => list.identifier.startsWith(`adopt-${s}`));
    expect(found.map((list) => list.identifier)).toEqual(lists);
    expect(found[0]).toMatchObject({
      memberCount: 250,
      connections: [{ resourceIdentifier: `skd-ok-${s}`, actionFilters: ["requestconsent"], inPortal: false }],
    });
    expect(found[0]).not.toHaveProperty("members");

    const client = inventory.clients.items?.find((c) => c.clientId === `client-${s}`);
    expect(client).toMatchObject({ name: "Old integration", kids: [expect.any(String)] });
  });

  it("says which kind could not be read and still lists the others", async () => {
    await emulator.control("POST", "/_emulator/faults", {
      rules: [{ path: "^/test/platform/resourceregistry/api/v1/access-lists/", status5xxRate: 1 }],
    });
    try {
      const inventory = await listAdoptable(organisation, "TEST");
      expect(inventory.accessLists?.error).toMatch(/resource-registry/);
      expect(inventory.scopes?.items?.length).toBeGreaterThan(0);
    } finally {
      await emulator.control("DELETE", "/_emulator/faults");
    }
  });
});
