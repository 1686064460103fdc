import { prepareTestDatabase } from "@/scripts/db/test-database";
import { createPrismaClient } from "@/lib/platform/db/create-prisma-client";
import { listAccessListMembers } from "@/lib/access-lists/list-access-list-members";
import { accessListSync } from "@/lib/access-lists/access-list-sync";
import { syntheticOrgNumbers } from "@/lib/access-lists/synthetic-org-numbers";
import { measure } from "./stats";

// Server time of the access-list page's reads on a list of 50,000 members, through the real domain functions:
// first page, a page deep in the list (keyset cursor), a number-prefix search, a name search, and the sync summary.
// Run: npm run bench:access-list-page. Aim: p95 under 50 ms.

const MEMBERS = 50_000;
const RUNS = 200;
const AIM_MS = 50;

async function main() {
  const database = await prepareTestDatabase({ name: "pg-bench", port: 54359, database: "portal_bench" });
  const db = createPrismaClient(database.url);
  try {
    const organisation = await db.organisation.create({
      data: { orgNumber: "974761076", name: "Skatteetaten", orgCode: "skd" },
    });
    const list = await db.accessList.create({
      data: { organisationId: organisation.id, environment: "TEST", identifier: "bench-list", name: "Bench" },
    });
    const numbers = syntheticOrgNumbers(MEMBERS);
    const started = performance.now();
    for (let i = 0; i < numbers.length; i += 5_000) {
      await db.accessListMember.createMany({
        data: numbers.slice(i, i + 5_000).map((orgNumber) => ({ accessListId: list.id, orgNumber })),
      });
    }
    // A few other lists, so the index is not this list's alone.
    for (const identifier of ["other-a", "other-b"]) {
      const other = await db.accessList.create({
        data: { organisationId: organisation.id, environment: "TEST", identifier, name: identifier },
      });
      await db.accessListMember.createMany({
        data: numbers.slice(0, 10_000).map((orgNumber) => ({ accessListId: other.id, orgNumber })),
      });
    }
    await db.organisation.create({ data: { orgNumber: numbers[31_337]!, name: "Benkemerket Bank ASA" } });
    // The 500 batches that imported the list (synced), then an import of 100 batches half done.
    const change = (status: "SYNCED" | "PENDING", at: number) => ({
      organisationId: organisation.id,
      environment: "TEST" as const,
      kind: "registry.access-list.members.add",
      targetType: "access-list",
      targetId: "test:bench-list",
      payload: { orgNumbers: numbers.slice(0, 100) },
      status,
      createdAt: new Date(at),
    });
    const now = Date.now();
    await db.upstreamChange.createMany({
      data: Array.from({ length: 500 }, (_, i) => change("SYNCED", now - 3_600_000 + i)),
    });
    await db.upstreamChange.createMany({
      data: Array.from({ length: 100 }, (_, i) => change(i < 50 ? "SYNCED" : "PENDING", now - 60_000 + i)),
    });
    await db.$executeRawUnsafe("ANALYZE");
    console.log(`Seeded ${MEMBERS} members in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);

    const deepCursor = numbers[40_000]!;
    const results = [
      await measure("first page (50 rows + total)", RUNS, () => listAccessListMembers({ db, accessListId: list.id })),
      await measure("page after member 40,000 (keyset)", RUNS, () =>
        listAccessListMembers({ db, accessListId: list.id, after: deepCursor }),
      ),
      await measure(`number search "${numbers[25_000]!.slice(0, 5)}"`, RUNS, () =>
        listAccessListMembers({ db, accessListId: list.id, query: numbers[25_000]!.slice(0, 5) }),
      ),
      await measure('name search "benkemerket"', RUNS, () =>
        listAccessListMembers({ db, accessListId: list.id, query: "benkemerket" }),
      ),
      await measure("sync summary (50 of 100 batches pending)", RUNS, () =>
        accessListSync({
          db,
          organisationId: organisation.id,
          list: { environment: "TEST", identifier: "bench-list" },
        }),
      ),
    ];
    const plan = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
      `EXPLAIN SELECT "orgNumber" FROM "AccessListMember" WHERE "accessListId" = '${list.id}' AND "orgNumber" > '${deepCursor}' ORDER BY "orgNumber" LIMIT 51`,
    );
    console.log(`\nPlan of the page query:\n${plan.map((row) => `  ${row["QUERY PLAN"]}`).join("\n")}`);
    const worst = Math.max(...results.map((result) => result.p95));
    console.log(`\nWorst p95: ${worst.toFixed(2)} ms (aim < ${AIM_MS} ms): ${worst < AIM_MS ? "OK" : "OVER"}`);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
