// Shared by playwright.config.ts, the e2e server script and the specs: one place for ports and secrets,
// separate from `npm start`'s, so the tests can run while a developer's portal is up.
export const E2E = {
  portalPort: 3100,
  emulatorPort: 4100,
  database: { name: "pg-e2e", port: 54349, database: "portal_e2e" },
  sessionSecret: "e2e-session-secret-e2e-session-secret-0123",
} as const;

export const E2E_PORTAL_URL = `http://localhost:${E2E.portalPort}`;
export const E2E_EMULATOR_URL = `http://localhost:${E2E.emulatorPort}`;

export const e2eDatabaseUrl = () =>
  process.env.TEST_DATABASE_URL ??
  `postgresql://postgres:postgres@localhost:${E2E.database.port}/${E2E.database.database}`;
