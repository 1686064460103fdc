import { startEmulator } from "@/emulator/start-emulator";
import { syntheticOrgNumbers } from "@/lib/access-lists/synthetic-org-numbers";
import { consistentResource, seedAccessLists, seedResources, SKD } from "@/lib/adoption/test-support/seed-upstream";
import { registerOperatorClient } from "@/lib/platform/upstream/test-support/operator-client";
import { prepareTestDatabase } from "@/scripts/db/test-database";
import { benchPortalEnv } from "./portal-env";

// Adoption (issue 13): the time to list, then adopt, 50 consent resources and 10 access lists of 5,000 members each
// from the emulator (in-process), into an embedded database of its own. Listing is the adoption page's read
// (listAdoptable: every registry page of lists, 100 members a page, every policy); adopting is what the action does
// per object after its session check: read the selected objects again upstream, then one audited transaction each
// (members inserted 1,000 a statement). Run: npm run bench:adopt.

const RESOURCES = 50;
const LISTS = 10;
const MEMBERS = 5_000;
const OPERATOR_SCOPES = [
  "idporten:scopes.write",
  "idporten:dcr.read",
  "altinn:resourceregistry/resource.write",
  "altinn:resourceregistry/accesslist.read",
];

async function setUp() {
  const database = await prepareTestDatabase({ name: "pg-bench-adopt", port: 54371, database: "portal_bench_adopt" });
  const emulator = await startEmulator({ port: 0 });
  const clientId = "bench-adopt";
  const key = await registerOperatorClient(emulator.url, { clientId, scopes: OPERATOR_SCOPES });
  Object.assign(process.env, benchPortalEnv({ emulatorUrl: emulator.url, key, clientId, databaseUrl: database.url }));
  const ids = Array.from({ length: RESOURCES }, (_, i) => `bench-adopt-${String(i).padStart(2, "0")}`);
  await seedResources(
    emulator.url,
    ids.map((id) => consistentResource(id, { version: "2" })),
  );
  for (let i = 0; i < LISTS; i++) {
    const members = syntheticOrgNumbers(MEMBERS, 80_000_000 + i * 20_000);
    const connections = [{ resource: ids[i]!, actionFilters: ["requestconsent"] }];
    await seedAccessLists(emulator.url, [{ identifier: `bench-list-${i}`, name: `Bench ${i}`, members, connections }]);
  }
  return { database, emulator };
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(2);

async function main() {
  const { database, emulator } = await setUp();
  const { createPrismaClient } = await import("@/lib/platform/db/create-prisma-client");
  const { listAdoptable } = await import("@/lib/adoption/list-adoptable");
  const { readPortalInventory } = await import("@/lib/adoption/portal-inventory");
  const { readSelected } = await import("@/lib/adoption/read-selected");
  const { adoptObject } = await import("@/lib/adoption/adopt-objects");
  const db = createPrismaClient(database.url);
  try {
    const organisation = await db.organisation.create({
      data: { orgNumber: SKD, name: "Skatteetaten", orgCode: "skd", scopePrefix: "skd" },
    });
    const user = await db.user.create({ data: { pid: "01010112345", name: "Bench" } });
    console.log(`Listing ${RESOURCES} resources and ${LISTS} lists of ${MEMBERS} members from the emulator…`);
    let started = performance.now();
    const inventory = await listAdoptable(organisation, "TEST");
    const members = (inventory.accessLists?.items ?? []).reduce((sum, list) => sum + list.memberCount, 0);
    console.log(
      `  listed ${inventory.resources?.items?.length} resources, ${members} members in ${seconds(started)} s`,
    );

    const adopt = async (kind: "resource" | "accessList", keys: string[]) => {
      const known = await readPortalInventory(db, organisation.id, "TEST");
      const reading = performance.now();
      const objects = await readSelected({ organisation, environment: "TEST", kind, keys, known });
      console.log(`    read again upstream in ${seconds(reading)} s`);
      const writing = performance.now();
      for (const object of objects) {
        await db.$transaction(async (tx) => {
          const adoption = { tx, organisationId: organisation.id, environment: "TEST" as const, adoptedAt: new Date() };
          const { id, summary } = await adoptObject(adoption, object, user.id);
          await tx.auditEvent.create({
            data: {
              actorId: user.id,
              organisationId: organisation.id,
              action: `adoption.${kind}`,
              targetType: kind,
              targetId: id,
              summary,
              correlationId: crypto.randomUUID(),
            },
          });
        });
      }
      console.log(`    written in ${seconds(writing)} s (${objects.length} transactions)`);
      return objects.length;
    };
    started = performance.now();
    const resources = await adopt(
      "resource",
      (inventory.resources?.items ?? []).map((r) => r.key),
    );
    console.log(`  adopted ${resources} resources in ${seconds(started)} s`);
    started = performance.now();
    const lists = await adopt(
      "accessList",
      (inventory.accessLists?.items ?? []).map((l) => l.key),
    );
    const rows = await db.accessListMember.count();
    console.log(`  adopted ${lists} lists (${rows} member rows, 1,000 per insert) in ${seconds(started)} s`);
  } finally {
    await db.$disconnect();
    await emulator.close();
    await database.stop();
  }
}

// One exit either way: the embedded database and the emulator keep the process alive otherwise.
process.exit(
  await main().then(
    () => 0,
    (error: unknown) => (console.error(error), 1),
  ),
);
