import type { ChildProcess } from "node:child_process";
import { parseEnv } from "../../lib/platform/config/env-schema";
import { buildIfNeeded } from "./build-if-needed";
import { startChild, stopChild, waitForUrl } from "./child-process";
import { startDatabase, type TDatabase } from "./database";
import { loadLocalEnv } from "./local-env";

export type TStackOptions = {
  mode: "start" | "dev";
  portalPort: number;
  emulatorPort: number;
  database: { name: string; port: number; database: string };
  /** Runs after migrations, before the portal starts (e.g. seeding). */
  prepare?: (databaseUrl: string) => Promise<void>;
  /**
   * A second portal and a second worker on the same database, as a deployment with two replicas of each runs
   * (deploy/): the second portal listens on `replica.portalPort`; the workers' metrics on `replica.workerMetricsPorts`.
   */
  replica?: { portalPort: number; workerMetricsPorts: [number, number] };
};

export type TStack = { portalUrl: string; emulatorUrl: string; database: TDatabase; stop: () => Promise<void> };

/**
 * The whole local system: database (embedded unless DATABASE_URL is set), the emulator of the
 * upstream APIs, the upstream worker, and the portal, either as a production build (`start`) or
 * with reload (`dev`).
 */
export async function startStack(options: TStackOptions): Promise<TStack> {
  // No usage reports to Vercel from `next build`, the portal's server or `next dev` (every child inherits this).
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  loadLocalEnv(options);
  const children: ChildProcess[] = [];
  const database = await startDatabase(options.database);
  process.env.DATABASE_URL = database.url;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await Promise.all(children.map(stopChild));
      await database.stop();
    })());
  try {
    parseEnv(process.env); // fail here, naming the variable, rather than inside the portal
    await options.prepare?.(database.url);
    if (options.mode === "start") await buildIfNeeded();
    const emulatorUrl = `http://localhost:${options.emulatorPort}`;
    children.push(startChild("emulator", "tsx", ["emulator/server.ts"]));
    await waitForUrl(`${emulatorUrl}/_emulator/health`);
    const { replica } = options;
    const workerArgs = ["--conditions=react-server", "scripts/worker.ts"];
    for (const [index, metricsPort] of (replica?.workerMetricsPorts ?? [undefined]).entries()) {
      const env =
        metricsPort === undefined ? process.env : { ...process.env, WORKER_METRICS_PORT: String(metricsPort) };
      children.push(startChild(index ? `worker-${index + 1}` : "worker", "tsx", workerArgs, env));
    }
    const portalUrl = `http://localhost:${options.portalPort}`;
    // A production build is served by the portal's own server (brotli and gzip, scripts/run/portal-server.ts), in one
    // process as in the image (`node --import tsx`, no tsx launcher in between to relay signals).
    const portal = (label: string, port: number) =>
      options.mode === "start"
        ? startChild(label, "node", ["--import", "tsx", "scripts/run/portal-server.ts", "--port", String(port)])
        : startChild(label, "next", ["dev", "--port", String(port)]);
    children.push(portal("portal", options.portalPort));
    if (replica) children.push(portal("portal-2", replica.portalPort));
    for (const child of children) {
      child.once("exit", (code, signal) => {
        if (!stopping) {
          console.error(`A part of the portal stopped unexpectedly (exit ${code ?? signal}); shutting down.`);
          void stop().then(() => process.exit(1));
        }
      });
    }
    await waitForUrl(`${portalUrl}/api/health`, 120_000);
    if (replica) await waitForUrl(`http://localhost:${replica.portalPort}/api/health`, 120_000);
    return { portalUrl, emulatorUrl, database, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Stops the stack on Ctrl-C or termination, then exits. */
export function stopStackOnSignal(stack: TStack): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void stack.stop().then(() => process.exit(0)));
  }
}
