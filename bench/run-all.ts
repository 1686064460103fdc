import { existsSync } from "node:fs";
import path from "node:path";
import { measurePageLatency } from "./pages/page-latency";
import { measurePageWork, startCountingWork } from "./pages/page-work";
import { printReport } from "./pages/print-report";
import { BROWSER_ACCEPT_ENCODING, rawGet } from "./pages/raw-get";
import { measureRouteBytes, scriptSources } from "./pages/route-bytes";
import { runChildBench } from "./pages/run-child-bench";
import { startPageStack } from "./pages/start-page-stack";

// `npm run bench`: the figures of issue 17 in one run, each beside a static JavaScript chunk served by the same portal
// in the same run. (1) The portal as `npm start` runs it (production build, emulator, worker) on free ports with its own
// database: bytes a first visit downloads per route, then latency under load; (2) with that stopped, the standalone
// benchmarks below, each in its own process. Nothing is written to the repository (the build goes to NEXT_DIST_DIR,
// default .next, as `npm start`'s). Tuning: BENCH_SEGMENT_SECONDS (4) and BENCH_ROUNDS (2), see pages/page-latency.ts;
// BENCH_PAGES_ONLY=1 leaves out the child benchmarks below.

// Queue and import (what a person waits for after a change), growth with data, and the catalog at 500 resources; a
// benchmark another change has not written yet is left out, and one that fails is reported, not fatal.
const CHILD_BENCHES = ["bench/upstream-queue.ts", "bench/growth.ts", "bench/catalog.ts", "bench/adopt.ts"];

async function main() {
  // The child benchmarks set up their own environment; they get the one this run started with.
  const startEnv = { ...process.env };
  const started = Date.now();
  // The portal counts its SQL statements and upstream calls (pages/count-work.mjs) for the work-per-request table.
  const counting = startCountingWork();
  const stack = await startPageStack().catch((error: unknown) => {
    counting.stop();
    throw error;
  });
  let pageFigures;
  try {
    console.log("Measuring bytes per route…");
    const bytes = [];
    for (const route of stack.routes) {
      // A page that fails is flagged in the report (as under load), so the others are still measured.
      bytes.push(await measureRouteBytes(stack.portalUrl, route, stack.cookie));
    }
    const landing = await rawGet(stack.portalUrl, {});
    const staticPath = scriptSources(landing.body.toString("utf8")).find((s) => s.startsWith("/_next/static/chunks/"));
    if (!staticPath) throw new Error("the landing page names no /_next/static/chunks/ script");
    const staticBytes = (
      await rawGet(new URL(staticPath, stack.portalUrl).href, { "accept-encoding": BROWSER_ACCEPT_ENCODING })
    ).wireBytes;
    console.log("Counting work per request…");
    const work = await measurePageWork({ ...stack, workDir: counting.dir });
    console.log("Measuring latency under load (interleaved with the static chunk)…");
    const latency = await measurePageLatency({
      portalUrl: stack.portalUrl,
      staticPath,
      routes: stack.routes,
      cookie: stack.cookie,
      onProgress: (text) => console.log(`  ${text}`),
    });
    pageFigures = { staticPath, staticBytes, bytes, work, ...latency };
  } finally {
    await stack.stop();
    counting.stop();
  }
  const childLines = [];
  const children = process.env.BENCH_PAGES_ONLY === "1" ? [] : CHILD_BENCHES;
  for (const file of children.filter((name) => existsSync(path.resolve(import.meta.dirname, "..", name)))) {
    const lines = await runChildBench(file, startEnv).catch((error: unknown) => [`FAILED: ${String(error)}`]);
    childLines.push({ file, lines });
  }
  printReport({ ...pageFigures, childLines });
  console.log(`(whole run ${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

await main();
// The embedded database and children are stopped; pools or timers left by imported modules must not keep it running.
process.exit(0);
