import { z } from "zod";
import { env } from "../lib/platform/config/env";
import { createPrismaClient } from "../lib/platform/db/create-prisma-client";
import { startConsentMonitor } from "../lib/consent-monitor/start-consent-monitor";
import { startDriftChecks } from "../lib/drift/start-drift-checks";
import { startWorker, stopWorker } from "../lib/platform/jobs/start-worker";
import { closeMetricsServer, serveMetrics } from "../lib/platform/metrics/serve-metrics";
import { upstreamChangeListeners, upstreamHandlers } from "../lib/upstream-jobs/upstream-job-registry";

// The upstream worker: carries out queued changes against Maskinporten and the Resource Registry.
// Run with `tsx --conditions=react-server` so `server-only` modules load outside Next.js.

/** The worker's own settings (the portal's are parsed by env()). */
const ZWorkerSettings = z.object({
  /** Prometheus scrapes `GET /metrics` here; 9464 is the port conventionally given to exporters; 0 picks a free one. */
  WORKER_METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9464),
  /** How long running jobs may take to finish after SIGTERM; keep it below the pod's termination grace period. */
  WORKER_SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().positive().default(30),
});

const config = env();
const settings = ZWorkerSettings.parse({
  WORKER_METRICS_PORT: process.env.WORKER_METRICS_PORT || undefined,
  WORKER_SHUTDOWN_TIMEOUT_SECONDS: process.env.WORKER_SHUTDOWN_TIMEOUT_SECONDS || undefined,
});
const db = createPrismaClient(config.DATABASE_URL);
const boss = await startWorker({
  connectionString: config.DATABASE_URL,
  db,
  handlers: upstreamHandlers,
  listeners: upstreamChangeListeners,
});
// The consent monitor: its feed-reading schedule and webhook deliveries, on the same pg-boss.
await startConsentMonitor({ boss, db });
await startDriftChecks({ boss, db }); // the drift check's 15-minute schedule and "Check now" (lib/drift)
const metrics = await serveMetrics({ port: settings.WORKER_METRICS_PORT, boss: async () => boss }).catch(
  (error: NodeJS.ErrnoException) => {
    // Only the default gives way (a second worker or checkout on one machine); a port set on purpose must be used.
    if (error.code !== "EADDRINUSE" || process.env.WORKER_METRICS_PORT) throw error;
    console.warn(`Port ${settings.WORKER_METRICS_PORT} is taken: serving metrics on a free port instead.`);
    return serveMetrics({ port: 0, boss: async () => boss });
  },
);
const address = metrics.address();
const metricsPort = typeof address === "object" && address ? address.port : settings.WORKER_METRICS_PORT;
console.log(`Upstream worker started; metrics on port ${metricsPort} (/metrics).`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return; // a second Ctrl-C, or the signal sent to the whole process group
    stopping = true;
    console.log(`${signal}: finishing running jobs (at most ${settings.WORKER_SHUTDOWN_TIMEOUT_SECONDS} s).`);
    void (async () => {
      await closeMetricsServer(metrics);
      await stopWorker(boss, { timeoutMs: settings.WORKER_SHUTDOWN_TIMEOUT_SECONDS * 1000 });
      await db.$disconnect();
    })().then(
      () => {
        console.log("Upstream worker stopped.");
        process.exit(0);
      },
      (error: unknown) => {
        console.error("Upstream worker did not stop cleanly:", error);
        process.exit(1);
      },
    );
  });
}
