import { env } from "../lib/platform/config/env";
import { createPrismaClient } from "../lib/platform/db/create-prisma-client";
import { startWorker } from "../lib/platform/jobs/start-worker";
import { upstreamChangeListeners, upstreamHandlers } from "../lib/upstream-jobs/upstream-job-registry";

// The upstream worker: carries out queued changes against Maskinporten and the Resource Registry.
// Run with `tsx --conditions=react-server` so `server-only` modules load outside Next.js.
const config = env();
const db = createPrismaClient(config.DATABASE_URL);
const boss = await startWorker({
  connectionString: config.DATABASE_URL,
  db,
  handlers: upstreamHandlers,
  listeners: upstreamChangeListeners,
});
console.log("Upstream worker started.");

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    // Graceful: let running jobs finish (their handlers are short), then close connections.
    void boss
      .stop({ graceful: true, timeout: 10_000 })
      .then(() => db.$disconnect())
      .then(() => process.exit(0));
  });
}
