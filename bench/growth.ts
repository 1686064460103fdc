import { startEmulator } from "@/emulator/start-emulator";
import { prepareTestDatabase } from "@/scripts/db/test-database";
import { syntheticOrgNumbers } from "@/lib/access-lists/synthetic-org-numbers";
import { linkedListFixture } from "@/lib/checklist/test-support/linked-list-fixture";
import type { PrismaClient } from "@/lib/platform/db/create-prisma-client";
import {
  emulatorControl,
  OPERATOR_ORG,
  registerOperatorClient,
} from "@/lib/platform/upstream/test-support/operator-client";
import { cappedCountSql, deepPageSql, printPlan } from "./growth-measure";
import { seedAuditLog } from "./growth-seed";
import { benchPortalEnv } from "./portal-env";
import { measurePair } from "./growth-measure";

// Growth with data (issue 17, "flat with data"): each figure on small data and on large data in one run, through the
// portal's own domain functions, and their ratio. (1) The consumer checklist's live check when the resource's access
// list has 1 member and when it has 50,000 (emulator in-process; its request log counts the upstream calls); (2) the
// access list page (first page of members, the count, the sync summary) for the same two lists; (3) the audit log's
// first page and a deep page at 100 and at 100,000 events (the deep page: the last of 4, and page 2,000).
// Run: npm run bench:growth. Aim: every large-data p50 within 1.5x of its small-data p50.

const RUNS = Number(process.env.BENCH_GROWTH_RUNS ?? 100);
const AIM_RATIO = 1.5;
const SIZES = { smallList: 1, largeList: 50_000, smallLog: 100, largeLog: 100_000 };
const OPERATOR_SCOPES = ["idporten:dcr.read", "idporten:scopes.write", "altinn:resourceregistry/accesslist.read"];

async function setUp() {
  const database = await prepareTestDatabase({ name: "pg-bench-growth", port: 54369, database: "portal_bench_growth" });
  const emulator = await startEmulator({ port: 0 });
  const clientId = "bench-growth";
  const key = await registerOperatorClient(emulator.url, { clientId, scopes: OPERATOR_SCOPES });
  Object.assign(process.env, benchPortalEnv({ emulatorUrl: emulator.url, key, clientId, databaseUrl: database.url }));
  return { database, emulator };
}

/** A consumer whose request's list has `members` members (it among them), and who lets the portal read its clients. */
async function linkedList(db: PrismaClient, emulatorUrl: string, members: number) {
  const fixture = await linkedListFixture(db);
  const others = syntheticOrgNumbers(members, 82_000_000).filter((n) => n !== fixture.consumer.orgNumber);
  await fixture.addMembers([fixture.consumer.orgNumber, ...others].slice(0, members));
  await emulatorControl(emulatorUrl, "/delegations", "POST", {
    env: "test",
    consumerOrg: fixture.consumer.orgNumber,
    supplierOrg: OPERATOR_ORG,
    scopes: ["idporten:dcr.read"],
  });
  return fixture;
}

type TFigure = { label: string; small: number; large: number; note?: string };

function printFigures(figures: TFigure[]) {
  console.log(`\n${"Growth with data (p50, ms)".padEnd(52)}${"small".padStart(9)}${"large".padStart(9)}  ratio`);
  for (const figure of figures) {
    const ratio = figure.large / figure.small;
    const verdict = ratio <= AIM_RATIO ? "OK" : "OVER";
    console.log(
      `${figure.label.padEnd(52)}${figure.small.toFixed(2).padStart(9)}${figure.large.toFixed(2).padStart(9)}  ` +
        `${ratio.toFixed(2)}x ${verdict}${figure.note ? `  (${figure.note})` : ""}`,
    );
  }
  const worst = Math.max(...figures.map((figure) => figure.large / figure.small));
  console.log(`\nWorst ratio: ${worst.toFixed(2)}x (aim ≤ ${AIM_RATIO}x): ${worst <= AIM_RATIO ? "OK" : "OVER"}`);
}

async function main() {
  const { database, emulator } = await setUp();
  // Imported after the environment is set: the portal's modules read it when first used.
  const { db } = await import("@/lib/platform/db/prisma");
  const { verifyChecklist } = await import("@/lib/checklist/verify-checklist");
  const { getAccessListPage } = await import("@/lib/access-lists/get-access-list-page");
  const { listAuditEvents, AUDIT_COUNT_LIMIT, AUDIT_PAGE_SIZE } = await import("@/lib/audit/list-audit-events");
  const { cursorOf, NEWEST_FIRST } = await import("@/lib/audit/audit-keyset");
  try {
    const started = performance.now();
    const small = await linkedList(db(), emulator.url, SIZES.smallList);
    const large = await linkedList(db(), emulator.url, SIZES.largeList);
    const smallLog = await seedAuditLog(db(), { orgNumber: "810419512", count: SIZES.smallLog });
    const largeLog = await seedAuditLog(db(), { orgNumber: "910753614", count: SIZES.largeLog });
    await db().$executeRawUnsafe("VACUUM ANALYZE");
    console.log(`Seeded in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);

    const requestCount = async () => ((await emulatorControl(emulator.url, "/state", "GET")).requests as []).length;
    const checklist = async (consumer: { id: string; orgNumber: string }) => {
      const result = await verifyChecklist(consumer, "test");
      const services = result.steps.find((step) => step.key === "services");
      if (services?.state !== "done") throw new Error(`the services step is ${JSON.stringify(services)}`);
    };
    const upstreamCalls = async (consumer: { id: string; orgNumber: string }) => {
      await checklist(consumer); // tokens cached first, as in a running portal
      const before = await requestCount();
      await checklist(consumer);
      return (await requestCount()) - before;
    };
    const calls = { small: await upstreamCalls(small.consumer), large: await upstreamCalls(large.consumer) };

    const page = (list: { id: string }) => () =>
      getAccessListPage({ organisationId: small.owner.id, accessListId: list.id, query: "" });
    const deepCursor = async (organisationId: string, pageNumber: number) => {
      const [event] = await db().auditEvent.findMany({
        where: { organisationId },
        orderBy: NEWEST_FIRST,
        skip: (pageNumber - 1) * AUDIT_PAGE_SIZE - 1,
        take: 1,
        select: { createdAt: true, id: true },
      });
      return cursorOf(event!);
    };
    const deep = { small: SIZES.smallLog / AUDIT_PAGE_SIZE, large: 2_000 };
    const [smallDeep, largeDeep] = [
      await deepCursor(smallLog.id, deep.small),
      await deepCursor(largeLog.id, deep.large),
    ];

    const pair = (label: string, smallFn: () => Promise<unknown>, largeFn: () => Promise<unknown>) =>
      measurePair(label, RUNS, smallFn, largeFn);
    const figures: TFigure[] = [
      {
        ...(await pair(
          `checklist live check, list of 1 / ${SIZES.largeList}`,
          () => checklist(small.consumer),
          () => checklist(large.consumer),
        )),
        note: `upstream calls ${calls.small} / ${calls.large}`,
      },
      await pair(`access list page, 1 / ${SIZES.largeList} members`, page(small.list), page(large.list)),
      await pair(
        `audit page 1, ${SIZES.smallLog} / ${SIZES.largeLog} events`,
        () => listAuditEvents({ organisationId: smallLog.id }),
        () => listAuditEvents({ organisationId: largeLog.id }),
      ),
      await pair(
        `audit deep page (${deep.small} / ${deep.large})`,
        () => listAuditEvents({ organisationId: smallLog.id, before: smallDeep, page: deep.small }),
        () => listAuditEvents({ organisationId: largeLog.id, before: largeDeep, page: deep.large }),
      ),
    ];
    printFigures(figures);
    await printPlan(db(), "Plan of the deep audit page's query", deepPageSql(largeLog.id, largeDeep));
    await printPlan(db(), "Plan of the audit log's capped count", cappedCountSql(largeLog.id, AUDIT_COUNT_LIMIT + 1));
  } finally {
    await db().$disconnect();
    await emulator.close();
    await database.stop();
  }
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
