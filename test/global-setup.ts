import type { TestProject } from "vitest/node";
import { prepareTestDatabase } from "../scripts/db/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

// One real PostgreSQL for the whole run: embedded unless TEST_DATABASE_URL points at a server.
export default async function setup(project: TestProject) {
  // VITEST_INSTANCE (0-9) gives a run its own embedded database, so two runs can share one checkout.
  const instance = Number(process.env.VITEST_INSTANCE ?? 0);
  const database = await prepareTestDatabase({
    name: instance ? `pg-test-${instance}` : "pg-test",
    port: 54339 - instance * 2,
    database: "portal_test",
  });
  project.provide("databaseUrl", database.url);
  return async () => database.stop();
}
