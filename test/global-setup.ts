import type { TestProject } from "vitest/node";
import { prepareTestDatabase } from "../scripts/db/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

// One real PostgreSQL for the whole run: embedded unless TEST_DATABASE_URL points at a server.
export default async function setup(project: TestProject) {
  const database = await prepareTestDatabase({ name: "pg-test", port: 54339, database: "portal_test" });
  project.provide("databaseUrl", database.url);
  return async () => database.stop();
}
