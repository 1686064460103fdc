import { validDefinition } from "@/lib/consent-resources/test-fixtures";
import { createPrismaClient, type PrismaClient } from "@/lib/platform/db/create-prisma-client";
import { freePort } from "@/scripts/db/free-port";
import { prepareTestDatabase } from "@/scripts/db/test-database";
import { loadLocalEnv } from "@/scripts/run/local-env";
import { startStack } from "@/scripts/run/stack";
import { rawGet } from "./pages/raw-get";
import { measure } from "./stats";

// The public catalog with 500 published consent resources (issue 17, "flat with data").
// Run: npm run bench:catalog (server time of the catalog's reads through the real domain functions, on an embedded
// database of its own); `npm run bench:catalog -- --http` also starts the portal as `npm start` does (production
// build, the portal's server, scripts/run/portal-server.ts) and times real GETs of /catalog, /catalog?q=… and an entry, and their HTML size.
//
// Before: the old searchCatalog (read every published definition, filtered and sorted them in JavaScript; the page
// rendered them all) against these same 500 resources, run side by side with the new one on the same 2-core machine
// while other builds ran (load average ~11), 60 runs each, two rounds:
//   old searchCatalog, no query          p50 32–48 ms   p95  86–119 ms   621 KB of entries
//   new searchCatalog, no query          p50  4–8 ms    p95  12–23 ms     25 KB (one page of 20)
//   old searchCatalog, "skattemelding"   p50 30–51 ms   p95  79–129 ms
//   new searchCatalog, "skattemelding"   p50  7–8 ms    p95  20–23 ms
// Issue 17 measured GET /catalog on the old code at ~69 ms for one user and 869 KB of HTML (~14 ms with a handful).
// After (`-- --http`, same machine and load): searchCatalog p50 2.5–4.4 ms (p95 7–16 ms); from memory (same
// revision) 0.2 ms; the SQL of a search 0.7 ms (EXPLAIN ANALYZE). GET /catalog 143 KB of HTML (20 entries; most of
// the rest is the layout and every message of the locale), p50 49 ms / p95 161 ms one request at a time under that
// load; GET /catalog/<entry> 121 KB, p50 16 ms. docs/ARCHITECTURE.md (lib/catalog) says how it works.

const RESOURCES = 500;
const RUNS = 200;
const SUBJECTS = [
  "Skattemelding",
  "Lønnsdata",
  "Arbeidsforhold",
  "Formue",
  "Pensjon",
  "Inntekt",
  "Barnetrygd",
  "Gjeld",
];
const DATABASE = { name: "pg-bench-catalog", port: 54365, database: "portal_bench_catalog" };

/** 500 published resources of ten owners (every fifth also in production), plus 20 withdrawn and 20 drafts. */
async function seedCatalog(db: PrismaClient): Promise<void> {
  await db.organisation.createMany({
    data: Array.from({ length: 10 }, (_, i) => ({ orgNumber: String(910000000 + i), name: `Etat ${i} AS` })),
  });
  const owners = await db.organisation.findMany({ select: { id: true } });
  await db.consentResource.createMany({
    data: Array.from({ length: RESOURCES + 40 }, (_, n) => ({
      organisationId: owners[n % 10]!.id,
      identifier: `bench-${n}`,
    })),
  });
  const resources = await db.consentResource.findMany({ select: { id: true, identifier: true } });
  const numbered = resources.map((resource) => ({
    ...resource,
    n: Number(resource.identifier.slice("bench-".length)),
  }));
  const versions = await db.consentResourceVersion.createManyAndReturn({
    data: numbered.map(({ id, identifier, n }) => {
      const subject = SUBJECTS[n % SUBJECTS.length]!;
      const title = { nb: `${subject}en ${n}`, nn: `${subject}a ${n}`, en: `${subject} ${n}` };
      return { resourceId: id, version: 1, content: { ...validDefinition, identifier, title } };
    }),
    select: { id: true, resourceId: true },
  });
  const numberOf = new Map(numbered.map(({ id, n }) => [id, n]));
  await db.consentResourcePublication.createMany({
    data: versions.flatMap(({ id: versionId, resourceId }) => {
      const n = numberOf.get(resourceId)!;
      if (n >= RESOURCES + 20) return [];
      const state = n >= RESOURCES ? ("WITHDRAWN" as const) : ("PUBLISHED" as const);
      const environments = n % 5 === 0 || n >= RESOURCES ? (["TEST", "PROD"] as const) : (["TEST"] as const);
      return environments.map((environment) => ({ resourceId, versionId, environment, state }));
    }),
  });
  await db.$executeRawUnsafe("ANALYZE");
}

async function measureFunctions(db: PrismaClient) {
  // Imported here: they read the configuration, which is complete only once the database is up.
  const { searchCatalog } = await import("@/lib/catalog/search-catalog");
  const { cachedCatalogPage } = await import("@/lib/catalog/cached-catalog");
  const { getCatalogEntry } = await import("@/lib/catalog/get-catalog-entry");
  const listed = await searchCatalog({ locale: "nb" });
  console.log(`${listed.total} resources in the catalog, ${listed.pageCount} pages of ${listed.entries.length}\n`);
  const [plan] = await db.$queryRawUnsafe<{ "QUERY PLAN": unknown }[]>(
    `EXPLAIN (ANALYZE, FORMAT JSON) SELECT e."resourceId" FROM "CatalogEntry" e
     WHERE (e."search" @@ to_tsquery('norwegian', 'skattemeldinger:*') OR e."searchText" LIKE '%skattemeldinger%')
     ORDER BY e."titleNb" COLLATE "catalog_nb", e."resourceId" LIMIT 20`,
  );
  const executed = (plan?.["QUERY PLAN"] as { "Execution Time": number }[])[0]?.["Execution Time"];
  console.log(`SQL of a search (EXPLAIN ANALYZE)             ${executed?.toFixed(2)} ms\n`);
  await measure("searchCatalog, no query (page 1)", RUNS, () => searchCatalog({ locale: "nb" }));
  await measure("searchCatalog, no query (page 25)", RUNS, () => searchCatalog({ locale: "nb", page: 25 }));
  await measure('searchCatalog, "skattemeldinger"', RUNS, () =>
    searchCatalog({ locale: "nb", query: "skattemeldinger" }),
  );
  await measure('searchCatalog, "bench-12" (identifier)', RUNS, () =>
    searchCatalog({ locale: "en", query: "bench-12" }),
  );
  await measure("cachedCatalogPage, no query (from memory)", RUNS, () =>
    cachedCatalogPage({ locale: "nb", query: "", page: 1 }),
  );
  await measure("getCatalogEntry", RUNS, () => getCatalogEntry({ identifier: "bench-123" }));
}

async function measureHttp(portalUrl: string, identifier: string) {
  console.log(`\nHTTP against the portal's server (${portalUrl}), one request at a time:`);
  for (const path of ["/catalog", "/catalog?q=skattemeldinger", "/catalog?page=25", `/catalog/${identifier}`]) {
    const url = new URL(path, portalUrl).href;
    const first = await rawGet(url, { "accept-language": "nb" });
    if (first.status !== 200) throw new Error(`${path} answered ${first.status}`);
    const label = `GET ${path} (${Math.round(first.body.length / 1024)} KB HTML)`;
    await measure(label, 100, () => rawGet(url, { "accept-language": "nb" }));
  }
}

async function main() {
  const http = process.argv.includes("--http");
  if (http) {
    // Emptied and migrated afresh first: the stack only applies pending migrations to what it finds.
    await (await prepareTestDatabase(DATABASE)).stop();
    const stack = await startStack({
      mode: "start",
      // Not 4190: fetch() refuses it (the Fetch standard's "bad ports": ManageSieve).
      portalPort: await freePort(3191),
      emulatorPort: await freePort(4191),
      database: DATABASE,
      prepare: async (url) => {
        const db = createPrismaClient(url);
        await seedCatalog(db).finally(() => db.$disconnect());
      },
    });
    const db = createPrismaClient(stack.database.url);
    try {
      await measureFunctions(db);
      await measureHttp(stack.portalUrl, "bench-123");
    } finally {
      await db.$disconnect();
      await stack.stop();
    }
    return;
  }
  const database = await prepareTestDatabase(DATABASE);
  process.env.DATABASE_URL = database.url;
  process.env.LOG_LEVEL ??= "warn";
  loadLocalEnv({ portalPort: 3191, emulatorPort: 4191 });
  const db = createPrismaClient(database.url);
  try {
    await seedCatalog(db);
    await measureFunctions(db);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
