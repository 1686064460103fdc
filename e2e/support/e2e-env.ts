import { embeddedServerUrl } from "../../scripts/db/embedded-server-url";

// Shared by playwright.config.ts, the e2e server script and the specs: one place for ports and secrets,
// separate from `npm start`'s, so the tests can run while a developer's portal is up.
// E2E_INSTANCE (0-9) gives a second copy of everything (ports, database, build folder), so two runs
// can share one checkout without stepping on each other.
const instance = Number(process.env.E2E_INSTANCE ?? 0);
const suffix = instance ? `-${instance}` : "";

export const E2E = {
  instance,
  portalPort: 3100 + instance,
  /** The stack runs two portals and two workers on one database, as a deployment with two replicas of each. */
  secondPortalPort: 3150 + instance,
  workerMetricsPorts: [9470 + instance * 2, 9471 + instance * 2] as [number, number],
  emulatorPort: 4100 + instance,
  database: { name: `pg-e2e${suffix}`, port: 54349 + instance * 2, database: "portal_e2e" },
  distDir: instance ? `.next-e2e${suffix}` : undefined,
  sessionSecret: "e2e-session-secret-e2e-session-secret-0123",
} as const;

export const E2E_PORTAL_URL = `http://localhost:${E2E.portalPort}`;
export const E2E_SECOND_PORTAL_URL = `http://localhost:${E2E.secondPortalPort}`;
export const E2E_EMULATOR_URL = `http://localhost:${E2E.emulatorPort}`;

/** The e2e server's database: `database.port` is only its first choice, so the port it chose is read back. */
export const e2eDatabaseUrl = () =>
  process.env.TEST_DATABASE_URL ??
  embeddedServerUrl(E2E.database.name, E2E.database.database) ??
  `postgresql://postgres:postgres@localhost:${E2E.database.port}/${E2E.database.database}`;
