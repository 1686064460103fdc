import seed, { isEmpty } from "../../prisma/seed";
import { startStack, stopStackOnSignal, type TStack } from "./stack";

/**
 * `npm start` and `npm run dev`: the whole stack on the usual local ports and database (PORT and EMULATOR_PORT may
 * move them), with the demo data loaded when the database is empty, stopped on Ctrl-C. Exits when it cannot start.
 */
export async function startLocalStack(mode: "start" | "dev"): Promise<TStack> {
  const stack = await startStack({
    mode,
    portalPort: Number(process.env.PORT ?? 3000),
    emulatorPort: Number(process.env.EMULATOR_PORT ?? 4000),
    database: { name: "pg-dev", port: 54329, database: "portal" },
    prepare: async (url) => {
      if (!(await isEmpty(url))) return;
      console.log("Empty database: loading demo data.");
      await seed(url);
    },
  }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
  stopStackOnSignal(stack);
  return stack;
}
