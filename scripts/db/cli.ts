import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { ensureDatabase, startEmbeddedPostgres, stopOnExit } from "./embedded-postgres";
import { createMigration, deployMigrations, resetDatabase } from "./migrations";

// npm run db:migrate [-- --name x] | db:deploy | db:reset | db:seed
// Against DATABASE_URL when set; otherwise against the development database of an embedded PostgreSQL
// (.data/pg-dev, port 54329 when free, database `portal`) that runs for the duration of the command.

const USAGE = `Usage: tsx scripts/db/cli.ts <command>
  migrate [--name <name>] [--accept-data-loss]  apply pending migrations, then create one for schema changes
  deploy                                        apply pending migrations (prisma migrate deploy)
  reset                                         empty the database and apply every migration
  seed                                          apply pending migrations, then run prisma/seed.ts`;

const DEV_SERVER = { name: "pg-dev", port: 54329, database: "portal" } as const;
const SEED_PATH = fileURLToPath(new URL("../../prisma/seed.ts", import.meta.url));

type Command = (url: string) => Promise<void>;

function commandFor(argv: string[]): Command {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { name: { type: "string" }, "accept-data-loss": { type: "boolean" }, help: { type: "boolean" } },
  });
  const [command, ...extra] = positionals;
  if (values.help || extra.length > 0) throw new UsageError();
  switch (command) {
    case "migrate":
      return async (url) => {
        await createMigration(url, values.name, { acceptDataLoss: values["accept-data-loss"] });
      };
    case "deploy":
      return async (url) => void (await deployMigrations(url));
    case "reset":
      return resetDatabase;
    case "seed":
      return seed;
    default:
      throw new UsageError();
  }
}

async function seed(url: string): Promise<void> {
  if (!fs.existsSync(SEED_PATH)) {
    throw new Error(`Nothing to seed: ${path.relative(process.cwd(), SEED_PATH)} does not exist.`);
  }
  // A fresh embedded database has no tables yet; seeding needs the schema.
  await deployMigrations(url);
  const seedModule = (await import(pathToFileURL(SEED_PATH).href)) as { default?: unknown };
  if (typeof seedModule.default !== "function") {
    throw new Error("prisma/seed.ts must export default `seed(databaseUrl: string): Promise<void>`.");
  }
  await (seedModule.default as (databaseUrl: string) => Promise<void>)(url);
  console.info("Seeded.");
}

class UsageError extends Error {}

async function main(): Promise<number> {
  let command: Command;
  try {
    command = commandFor(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) console.error((error as Error).message);
    console.error(USAGE);
    return 2;
  }

  const external = process.env.DATABASE_URL;
  if (external) {
    await command(external);
    return 0;
  }
  const server = await startEmbeddedPostgres(DEV_SERVER);
  const removeExitHandlers = stopOnExit(server.stop);
  try {
    await ensureDatabase(server.url);
    await command(server.url);
  } finally {
    await server.stop();
    removeExitHandlers();
  }
  return 0;
}

// Exit explicitly: a lingering handle (a pool, a timer in a seed script) must not keep the command alive.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    if (process.env.DEBUG_SCHEMA_ENGINE && error instanceof Error) console.error(error.stack);
    process.exit(1);
  },
);
