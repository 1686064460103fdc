import { ensureDatabase, startEmbeddedPostgres, stopOnExit } from "./embedded-postgres";
import { resetDatabase } from "./migrations";

// For the global setup of vitest and Playwright: an empty database at the latest migration.

export interface PrepareTestDatabaseOptions {
  /** Embedded data directory `.data/<name>`, e.g. `pg-test`; each runner gets its own to run side by side. */
  name: string;
  port: number;
  database: string;
}

export interface TestDatabase {
  url: string;
  /** Stops the embedded server when this call started it; a no-op for TEST_DATABASE_URL. */
  stop(): Promise<void>;
}

/**
 * TEST_DATABASE_URL (CI with a service container, or a developer's own server) is used as given, its
 * database created when missing; without it an embedded PostgreSQL is started. Either way the database is
 * emptied and every migration applied, so each run starts from the same state.
 */
export async function prepareTestDatabase(options: PrepareTestDatabaseOptions): Promise<TestDatabase> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    await ensureDatabase(external);
    await resetDatabase(external);
    return { url: external, stop: async () => {} };
  }

  const server = await startEmbeddedPostgres(options);
  // If the runner is interrupted before its teardown, the server still stops with it.
  const removeExitHandlers = stopOnExit(server.stop);
  const stop = async () => {
    await server.stop();
    removeExitHandlers();
  };
  try {
    await ensureDatabase(server.url);
    await resetDatabase(server.url);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: server.url, stop };
}
