import type { SchemaFilter } from "@prisma/schema-engine-wasm";
import { ensureDatabase } from "./database-admin";
import { listMigrations, migrationNameSlug, readSchema, writeMigration } from "./migration-files";
import { withSchemaEngine } from "./schema-engine";

// `prisma migrate deploy | dev | reset`, done with the WASM schema engine (see schema-engine.ts).
// Each step gets its own engine: the engine misbehaves when reused after `applyMigrations`.

// Nothing in this database is managed outside Prisma (prisma.config.ts declares no external tables).
const filters: SchemaFilter = { externalTables: [], externalEnums: [] };

/** `prisma migrate deploy`: applies the pending migrations of prisma/migrations; returns their names. */
export async function deployMigrations(url: string): Promise<string[]> {
  await ensureDatabase(url);
  const { appliedMigrationNames } = await withSchemaEngine(url, async (engine) =>
    engine.applyMigrations({ migrationsList: await listMigrations(), filters }),
  );
  for (const name of appliedMigrationNames) console.info(`Applied migration ${name}`);
  if (appliedMigrationNames.length === 0) console.info("No pending migrations to apply.");
  return appliedMigrationNames;
}

export interface CreateMigrationOptions {
  /** Create the migration even when it drops data (columns, tables, values), as after a confirmation. */
  acceptDataLoss?: boolean;
}

/**
 * `prisma migrate dev --name <name>`: applies pending migrations, then writes and applies a migration for
 * the difference between prisma/schema.prisma and the migrations (computed on a temporary shadow
 * database). Returns the new migration's directory name, or undefined when already in sync.
 */
export async function createMigration(
  url: string,
  name?: string,
  options: CreateMigrationOptions = {},
): Promise<string | undefined> {
  await ensureDatabase(url);
  const schema = await readSchema();

  const { action } = await withSchemaEngine(
    url,
    async (engine) => engine.devDiagnostic({ migrationsList: await listMigrations(), filters }),
    schema,
  );
  if (action.tag === "reset") {
    // The Prisma CLI asks to reset here; this tool is non-interactive, so it stops and says how.
    throw new Error(`The database does not match the migration history: ${action.reason}
Run \`npm run db:reset\` to recreate it from the migrations (this deletes its data).`);
  }
  await deployMigrations(url);

  const slug = migrationNameSlug(name ?? "");
  const created = await withSchemaEngine(
    url,
    async (engine) => {
      const migrationsList = await listMigrations();
      // In the WASM build `createMigration` cannot open a shadow database itself ("PostgreSQL shadow DB must
      // be provided through an external factory"); `devDiagnostic` can, and leaves the migrations' schema
      // in this engine's cache, where `createMigration` finds it.
      await engine.devDiagnostic({ migrationsList, filters });
      return engine.createMigration({
        // A placeholder name is fine for the comparison; a real one is only needed to write something.
        migrationName: slug || "unnamed",
        draft: false,
        migrationsList,
        schema: { files: [schema] },
        filters,
      });
    },
    schema,
  );

  if (!created.migrationScript) {
    console.info("Already in sync: prisma/schema.prisma matches the migrations, no new migration.");
    return undefined;
  }
  if (!slug) throw new Error("The schema has changed: name the new migration with --name <name>.");
  // The engine's `evaluateDataLoss` needs a shadow database it cannot get in the WASM build; the same
  // warnings head the generated script as a `Warnings:` comment, as in every Prisma migration.
  const warnings = /\/\*\s*Warnings:([\s\S]*?)\*\//.exec(created.migrationScript)?.[1]?.trim();
  if (warnings && !options.acceptDataLoss) {
    throw new Error(`The schema change would lose data:\n${warnings}
Re-run with --accept-data-loss to create and apply the migration anyway.`);
  }
  const directory = await writeMigration({
    generatedMigrationName: created.generatedMigrationName,
    script: created.migrationScript,
    connectorType: created.connectorType,
    extension: created.extension,
  });
  console.info(`Created ${directory}`);
  await deployMigrations(url);
  return created.generatedMigrationName;
}

/** `prisma migrate reset` without the seed: empties the database, then applies every migration. */
export async function resetDatabase(url: string): Promise<void> {
  await ensureDatabase(url);
  await withSchemaEngine(url, (engine) => engine.reset({ filter: filters }));
  console.info("Database emptied.");
  await deployMigrations(url);
}
