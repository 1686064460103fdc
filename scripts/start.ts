import { DEMO_PERSONS } from "../prisma/demo-data";
import { startLocalStack } from "./run/local-stack";

// `npm start`: database, migrations, demo data when empty, production build when stale, emulator, portal.
const stack = await startLocalStack("start");

console.log(`
  Consent onboarding portal:  ${stack.portalUrl}
  Emulator (ID-porten, APIs): ${stack.emulatorUrl}
  Database:                   ${stack.database.embedded ? "embedded PostgreSQL (.data/pg-dev)" : "DATABASE_URL"}

  Log in as one of the emulator's test persons:
${DEMO_PERSONS.map((p) => `    ${p.pid}  ${p.name.padEnd(14)} ${p.isPlatformAdmin ? "platform admin; " : ""}${p.memberships.map((m) => `${m.role.toLowerCase()} of ${m.orgNumber}`).join(", ") || "no organisation"}`).join("\n")}

  Stop with Ctrl-C.
`);
