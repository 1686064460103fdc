import seed, { isEmpty } from "../prisma/seed";
import { startStack, stopStackOnSignal } from "./run/stack";

// `npm run dev`: like `npm start`, with `next dev` (reload on change) instead of a production build.
const stack = await startStack({
  mode: "dev",
  portalPort: Number(process.env.PORT ?? 3000),
  emulatorPort: Number(process.env.EMULATOR_PORT ?? 4000),
  database: { name: "pg-dev", port: 54329, database: "portal" },
  prepare: async (url) => {
    if (await isEmpty(url)) await seed(url);
  },
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
stopStackOnSignal(stack);
console.log(`\n  Portal (dev): ${stack.portalUrl}\n  Emulator:     ${stack.emulatorUrl}\n`);
