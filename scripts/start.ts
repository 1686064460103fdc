import { DEMO_PERSONS } from "../prisma/demo-data";
import seed, { isEmpty } from "../prisma/seed";
import { startStack, stopStackOnSignal } from "./run/stack";

// `npm start`: database, migrations, demo data when empty, production build when stale, emulator, portal.
const stack = await startStack({
  mode: "start",
  portalPort: Number(process.env.PORT ?? 3000),
  emulatorPort: Number(process.env.EMULATOR_PORT ?? 4000),
  database: { name: "pg-dev", port: 54329, database: "portal" },
  prepare: async (url) => {
    if (await isEmpty(url)) {
      console.log("Empty database: loading demo data.");
      await seed(url);
    }
  },
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
stopStackOnSignal(stack);

console.log(`
  Consent onboarding portal:  ${stack.portalUrl}
  Emulator (ID-porten, APIs): ${stack.emulatorUrl}
  Database:                   ${stack.database.embedded ? "embedded PostgreSQL (.data/pg-dev)" : "DATABASE_URL"}

  Log in as one of the emulator's test persons:
${DEMO_PERSONS.map((p) => `    ${p.pid}  ${p.name.padEnd(14)} ${p.isPlatformAdmin ? "platform admin; " : ""}${p.memberships.map((m) => `${m.role.toLowerCase()} of ${m.orgNumber}`).join(", ") || "no organisation"}`).join("\n")}

  Stop with Ctrl-C.
`);
