import { ensureDatabase } from "../db/database-admin";
import { startEmbeddedPostgres, stopOnExit } from "../db/embedded-postgres";
import { deployMigrations } from "../db/migrations";

export type TDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

/**
 * DATABASE_URL when it is set; otherwise an embedded PostgreSQL under .data/<name>, stopped when this
 * process ends. Either way the migrations are applied before anything uses it.
 */
export async function startDatabase(options: { name: string; port: number; database: string }): Promise<TDatabase> {
  let database: TDatabase;
  if (process.env.DATABASE_URL) {
    database = { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  } else {
    const embedded = await startEmbeddedPostgres(options);
    stopOnExit(embedded.stop);
    await ensureDatabase(embedded.url);
    database = { url: embedded.url, embedded: true, stop: embedded.stop };
  }
  const applied = await deployMigrations(database.url);
  if (applied.length > 0) console.log(`Applied migrations: ${applied.join(", ")}`);
  return database;
}
