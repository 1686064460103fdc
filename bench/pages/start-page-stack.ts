import { createServer } from "node:net";
import { createPrismaClient } from "../../lib/platform/db/create-prisma-client";
import { DEMO_PERSONS } from "../../prisma/demo-data";
import seed from "../../prisma/seed";
import { prepareTestDatabase } from "../../scripts/db/test-database";
import { startStack, type TStack } from "../../scripts/run/stack";
import { seedPageRoutes, type TPageRoute } from "./page-routes";
import { mintSessionCookie } from "./session-cookie";

// The system the page benchmarks load, started as `npm start` starts it (a production build from `next build` when
// stale, the portal's own server, the emulator and one worker) but on free ports, with its own emptied embedded database holding
// the demo data and the pages' rows, so it runs beside a developer's portal and the e2e runs.

const DATABASE = { name: "pg-bench-pages", port: 54367, database: "portal_bench_pages" };
/** Kari Nordmann, administrator of Skatteetaten in the demo data. */
const PERSON = DEMO_PERSONS.find((person) => person.name === "Kari Nordmann")!;

export type TPageStack = { portalUrl: string; routes: TPageRoute[]; cookie: string; stop: () => Promise<void> };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export async function startPageStack(): Promise<TPageStack> {
  process.env.NEXTAUTH_SECRET ??= "bench-session-secret-bench-session-secret-01";
  process.env.LOG_LEVEL ??= "warn";
  const database = await prepareTestDatabase(DATABASE);
  process.env.DATABASE_URL = database.url;
  let routes: TPageRoute[] = [];
  let cookie = "";
  let stack: TStack;
  try {
    stack = await startStack({
      mode: "start",
      portalPort: await freePort(),
      emulatorPort: await freePort(),
      database: DATABASE,
      prepare: async (url) => {
        await seed(url);
        const db = createPrismaClient(url);
        try {
          const person = await db.user.findUniqueOrThrow({ where: { pid: PERSON.pid }, select: { id: true } });
          routes = await seedPageRoutes(db, { userId: person.id, tag: "pages" });
          cookie = await mintSessionCookie(db, { pid: PERSON.pid, secret: process.env.NEXTAUTH_SECRET! });
        } finally {
          await db.$disconnect();
        }
      },
    });
  } catch (error) {
    await database.stop();
    throw error;
  }
  const stop = async () => {
    await stack.stop();
    await database.stop();
  };
  return { portalUrl: stack.portalUrl, routes, cookie, stop };
}
