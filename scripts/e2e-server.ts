import { E2E } from "../e2e/support/e2e-env";
import seed from "../prisma/seed";
import { prepareTestDatabase } from "./db/test-database";
import { startStack } from "./run/stack";

// Playwright's web server: an emptied database with the demo data, the emulator, and the production build.
process.env.NEXTAUTH_SECRET = E2E.sessionSecret;
process.env.NEXT_TELEMETRY_DISABLED = "1";
if (E2E.distDir) process.env.NEXT_DIST_DIR = E2E.distDir;
process.env.LOG_LEVEL ??= "warn";
// The consent monitor's journey: Altinn's feed lists events only after 5 minutes (its own tests set the lag to 0), and
// the spec's webhook receiver listens on http://localhost.
process.env.EMULATOR_CONSENT_EVENTS_LAG_MS ??= "0";
process.env.CONSENT_WEBHOOK_ALLOW_PRIVATE_TARGETS ??= "true";
// A message the code asks for but no catalog holds shows as a marker the walks fail on (lib/platform/i18n/strict-messages.ts).
process.env.E2E_STRICT_MESSAGES ??= "1";
const database = await prepareTestDatabase(E2E.database);
process.env.DATABASE_URL = database.url;

const stack = await startStack({
  mode: "start",
  portalPort: E2E.portalPort,
  emulatorPort: E2E.emulatorPort,
  database: E2E.database,
  prepare: seed,
  replica: { portalPort: E2E.secondPortalPort, workerMetricsPorts: E2E.workerMetricsPorts },
}).catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await database.stop();
  process.exit(1);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(
    signal,
    () =>
      void stack
        .stop()
        .then(database.stop)
        .then(() => process.exit(0)),
  );
}
console.log(`e2e portal ready at ${stack.portalUrl}`);
