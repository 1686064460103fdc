import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../scripts/db/free-port";
import { buildIfNeeded } from "../scripts/run/build-if-needed";

// What the container image runs (Dockerfile): Next's standalone output with the static files copied beside it, served
// by the portal's own server (scripts/run/portal-server.ts --standalone, started from the project folder with node +
// tsx as in /app), and the worker started with node + tsx, both against a real database. A production build takes a while, so the test
// shares the end-to-end tests' build folder (`.next`, or `.next-e2e-N` for instance N, as e2e/support/e2e-env.ts) and
// builds only when a source changed since (scripts/run/build-if-needed.ts, like `npm start` and the e2e server).

const ROOT = path.resolve(import.meta.dirname, "..");
const instance = Number(process.env.VITEST_INSTANCE ?? 0);
const DIST_DIR = instance ? `.next-e2e-${instance}` : ".next";

type TRunning = { child: ChildProcess; output: string[]; exited: Promise<number | null> };

function run(command: string, args: string[], env: NodeJS.ProcessEnv, cwd = ROOT): TRunning {
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  const output: string[] = [];
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output, exited };
}

async function waitFor(url: string, status: number, timeoutMs: number, process: TRunning): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    if (process.child.exitCode !== null) throw new Error(`exited early:\n${process.output.join("")}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (response.status === status) return response;
      last = `HTTP ${response.status}: ${await response.text()}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer ${status} in ${timeoutMs} ms (last: ${last})\n${process.output.join("")}`);
}

/** Resolves with the exit code, or fails when the process is still running after `ms`. */
function exitWithin(process: TRunning, ms: number): Promise<number | null> {
  return Promise.race([
    process.exited,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`still running ${ms} ms after SIGTERM:\n${process.output.join("")}`)), ms),
    ),
  ]);
}

describe("the container image's processes", () => {
  let web: TRunning;
  let worker: TRunning;
  let webUrl: string;
  let workerMetricsUrl: string;

  beforeAll(async () => {
    process.env.NEXT_DIST_DIR = DIST_DIR;
    process.env.NEXT_TELEMETRY_DISABLED = "1";
    await buildIfNeeded();
    // As the Dockerfile does: Next leaves the static assets out of the standalone folder.
    const standalone = path.join(ROOT, DIST_DIR, "standalone");
    const staticTarget = path.join(standalone, DIST_DIR, "static");
    rmSync(staticTarget, { recursive: true, force: true });
    cpSync(path.join(ROOT, DIST_DIR, "static"), staticTarget, { recursive: true });
    expect(existsSync(path.join(standalone, "server.js"))).toBe(true);
    expect(existsSync(path.join(standalone, "node_modules", "next"))).toBe(true);

    const env = { ...process.env, NODE_ENV: "production" as const, LOG_LEVEL: "warn" };
    const webPort = await freePort();
    const metricsPort = await freePort();
    webUrl = `http://127.0.0.1:${webPort}`;
    workerMetricsUrl = `http://127.0.0.1:${metricsPort}/metrics`;
    web = run(process.execPath, ["--import", "tsx", "scripts/run/portal-server.ts", "--standalone", standalone], {
      ...env,
      PORT: String(webPort),
      HOSTNAME: "127.0.0.1",
    });
    worker = run(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], {
      ...env,
      WORKER_METRICS_PORT: String(metricsPort),
      WORKER_SHUTDOWN_TIMEOUT_SECONDS: "5",
    });
  }, 600_000);

  afterAll(() => {
    for (const running of [web, worker]) if (running?.child.exitCode === null) running.child.kill("SIGKILL");
  });

  it("is live, becomes ready, serves metrics on both tiers, and stops cleanly on SIGTERM", async () => {
    const live = await waitFor(`${webUrl}/api/health/live`, 200, 60_000, web);
    expect(await live.json()).toEqual({ status: "ok" });

    const ready = await waitFor(`${webUrl}/api/health/ready`, 200, 30_000, web);
    const readiness = (await ready.json()) as { status: string; checks: { name: string; reachable: boolean }[] };
    expect(readiness.status).toBe("ready");
    expect(readiness.checks.map((check) => check.name).sort()).toEqual(["database", "job-queue", "migrations"]);

    const scrape = await fetch(`${webUrl}/api/metrics`);
    expect(scrape.status).toBe(200);
    expect(scrape.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const webMetrics = await scrape.text();
    expect(webMetrics).toMatch(/^portal_upstream_queue_jobs\{queue="upstream-change",state="ready"\} \d+$/m);
    expect(webMetrics).toContain("# TYPE portal_process_cpu_seconds_total counter");

    // The portal's server compresses as a browser asks: brotli, here for a script of the standalone folder's build.
    const chunk = readdirSync(path.join(ROOT, DIST_DIR, "static", "chunks")).find((name) => name.endsWith(".js"));
    const script = await fetch(`${webUrl}/_next/static/chunks/${chunk}`, {
      headers: { "accept-encoding": "gzip, deflate, br, zstd" },
    });
    expect([script.status, script.headers.get("content-encoding")]).toEqual([200, "br"]);
    expect((await script.text()).length).toBeGreaterThan(0);

    const workerScrape = await waitFor(workerMetricsUrl, 200, 30_000, worker);
    const workerMetrics = await workerScrape.text();
    expect(workerMetrics).toMatch(/^portal_upstream_queue_jobs\{queue="upstream-change",state="active"\} \d+$/m);
    expect((await fetch(workerMetricsUrl.replace("/metrics", "/other"))).status).toBe(404);

    web.child.kill("SIGTERM");
    worker.child.kill("SIGTERM");
    // The worker exits 0 once pg-boss has stopped; the portal's server drains its requests and exits with 143
    // (128 + SIGTERM), as Next's does so that Node reports a signal termination (next/dist/server/lib/start-server.js).
    expect(await exitWithin(worker, 10_000)).toBe(0);
    expect(await exitWithin(web, 10_000)).toBe(143);
    expect(worker.output.join("")).toContain("Upstream worker stopped.");
  }, 120_000);
});
