import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { ROOT } from "../../scripts/run/local-env";
import { stopChild, waitForUrl } from "../../scripts/run/child-process";
import { measurePageLatency } from "./page-latency";
import { BROWSER_ACCEPT_ENCODING } from "./raw-get";
import { startPageStack } from "./start-page-stack";
import { summariseCpuProfile } from "./summarise-cpu-profile";

// Where a signed-in page's server time goes, and whether a change cut it. Starts the page benchmark's stack
// (start-page-stack.ts), then portals of its own on the same database from built dist dirs, served as the stack serves
// them (scripts/run/portal-server.ts), so one can run with `--cpu-prof` and two builds can be compared side by side.
//
//   tsx bench/pages/profile-portal.ts profile   one portal from NEXT_DIST_DIR under `node --cpu-prof`, each route
//                                               loaded at 10 connections for PROFILE_SECONDS (default 10), then the
//                                               profile summed by part (summarise-cpu-profile.ts); kept in
//                                               .data/cpu-profiles/
//   tsx bench/pages/profile-portal.ts compare   one portal per dist dir in PROFILE_DIST_DIRS (comma-separated, e.g. a
//                                               copy of the build before a change and the build after; an absolute
//                                               one is run from its own checkout), measured in
//                                               turns, BENCH_ROUNDS (page-latency.ts) per turn, PROFILE_TURNS turns
//
// PROFILE_ROUTES names the routes (page-routes.ts names, comma-separated; default overview,resources,checklist).

//   tsx bench/pages/profile-portal.ts sql       one portal from NEXT_DIST_DIR counting its statements (count-work.mjs);
//                                               each route requested once, then the SQL it sent, in order
const mode = (["compare", "sql"] as const).find((name) => name === process.argv[2]) ?? "profile";
const routeNames = (process.env.PROFILE_ROUTES ?? "overview,resources,checklist").split(",");

function startPortal(distDir: string, port: number, options: { cpuProfileDir?: string; workDir?: string } = {}) {
  const { cpuProfileDir, workDir } = options;
  const nodeArgs = cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${cpuProfileDir}`] : [];
  if (workDir) nodeArgs.push("--import", path.join(ROOT, "bench/pages/count-work.mjs"));
  // The server the page benchmarks start (scripts/run/stack.ts: scripts/run/portal-server.ts, brotli and gzip).
  const server = path.join(ROOT, "scripts/run/portal-server.ts");
  // An absolute dist dir is a build in another checkout (e.g. a copy of the tree without a change): run it from there.
  const cwd = path.isAbsolute(distDir) ? path.dirname(distDir) : ROOT;
  const work = workDir ? { BENCH_WORK_DIR: workDir, BENCH_WORK_SQL: "1" } : {};
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", server, "--port", String(port)], {
    cwd,
    env: {
      ...process.env,
      ...work,
      NEXT_DIST_DIR: path.relative(cwd, path.resolve(ROOT, distDir)),
      NODE_ENV: "production",
      // This tool looks at what a render costs: no page is answered from the server's memory.
      PERSONAL_PAGE_CACHE: "off",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return child;
}

/** Requests answered in one segment of load at 10 connections. */
function load(url: string, headers: Record<string, string>, seconds: number): Promise<number> {
  return new Promise((resolve, reject) =>
    autocannon({ url, connections: 10, duration: seconds, headers }, (error, result) =>
      error ? reject(error) : resolve(result.requests.total),
    ),
  );
}

async function staticChunkOf(portalUrl: string): Promise<string> {
  const html = await (await fetch(portalUrl)).text();
  const found = /src="(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(html);
  if (!found) throw new Error("the landing page names no /_next/static/chunks/ script");
  return found[1]!;
}

const stack = await startPageStack();
const children: ChildProcess[] = [];
try {
  const routes = stack.routes.filter((route) => routeNames.includes(route.name));
  const basePort = Number(process.env.PROFILE_PORT ?? 43_210);
  if (mode === "profile") {
    const profileDir = path.join(ROOT, ".data", "cpu-profiles", `${Date.now()}`);
    mkdirSync(profileDir, { recursive: true });
    const portalUrl = `http://localhost:${basePort}`;
    children.push(startPortal(process.env.NEXT_DIST_DIR ?? ".next", basePort, { cpuProfileDir: profileDir }));
    await waitForUrl(`${portalUrl}/api/health`, 120_000);
    const headers = { "accept-encoding": BROWSER_ACCEPT_ENCODING, cookie: stack.cookie };
    let requests = 0;
    for (const route of routes) requests += await load(new URL(route.path, portalUrl).href, headers, 1);
    for (const route of routes) {
      console.log(`loading ${route.name} (${route.path})`);
      requests += await load(new URL(route.path, portalUrl).href, headers, Number(process.env.PROFILE_SECONDS ?? 10));
    }
    await stopChild(children.pop());
    for (const file of readdirSync(profileDir)) {
      console.log(`\n${path.join(profileDir, file)}`);
      console.log(summariseCpuProfile(path.join(profileDir, file), requests).join("\n"));
    }
  } else if (mode === "sql") {
    const workDir = mkdtempSync(path.join(tmpdir(), "portal-sql-"));
    const portalUrl = `http://localhost:${basePort}`;
    const child = startPortal(process.env.NEXT_DIST_DIR ?? ".next", basePort, { workDir });
    children.push(child);
    await waitForUrl(`${portalUrl}/api/health`, 120_000);
    // count-work.mjs keeps the count of statements and the text of the last 200.
    const sent = (): { statements: number; sql: string[] } => {
      const file = path.join(workDir, `${child.pid}.json`);
      return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : { statements: 0, sql: [] };
    };
    const settle = () => new Promise((resolve) => setTimeout(resolve, 600));
    const get = async (route: (typeof routes)[number]) => {
      const response = await fetch(new URL(route.path, portalUrl), {
        headers: { cookie: stack.cookie },
        redirect: "manual",
      });
      await response.text();
      await settle();
      return response.status;
    };
    for (const route of routes) {
      await get(route);
      const before = sent().statements;
      const status = await get(route);
      const after = sent();
      const count = after.statements - before;
      const flag = status === 200 ? "" : ` (answered ${status}, not 200!)`;
      const lines = (after.sql ?? []).slice(-count).map((sql) => `  ${sql.replace(/\s+/g, " ").slice(0, 150)}`);
      console.log(`\n${route.name}${flag}: ${count} statements\n${lines.join("\n")}`);
    }
  } else {
    const dirs = (process.env.PROFILE_DIST_DIRS ?? "").split(",").filter(Boolean);
    const portals = dirs.map((dir, index) => ({ dir, url: `http://localhost:${basePort + index}` }));
    for (const portal of portals) children.push(startPortal(portal.dir, Number(new URL(portal.url).port)));
    for (const portal of portals) await waitForUrl(`${portal.url}/api/health`, 120_000);
    const staticPath = await staticChunkOf(portals[0]!.url);
    for (let turn = 1; turn <= Number(process.env.PROFILE_TURNS ?? 2); turn++) {
      for (const portal of portals) {
        const { reference, pages } = await measurePageLatency({
          portalUrl: portal.url,
          staticPath,
          routes,
          cookie: stack.cookie,
          onProgress: () => {},
        });
        const cells = [...pages].map(
          ([route, latency]) =>
            `${route.name} p50 ${latency.p50.toFixed(1)} p95 ${latency.p95.toFixed(1)} ms ` +
            `(${(latency.p95 / reference.p95).toFixed(1)}x${latency.errors ? `, ${latency.errors} not 200!` : ""})`,
        );
        console.log(`turn ${turn} ${portal.dir}: static p95 ${reference.p95.toFixed(1)} ms; ${cells.join("; ")}`);
      }
    }
  }
} finally {
  await Promise.all(children.map(stopChild));
  await stack.stop();
}
