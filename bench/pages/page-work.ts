import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { renderedPath } from "./page-latency";
import type { TPageRoute } from "./page-routes";
import { rawGet } from "./raw-get";

// Work per request, per page: the SQL statements and upstream HTTP calls the portal process makes to answer one
// request (the whole streamed response, read to its last byte), counted by bench/pages/count-work.mjs in that process
// over a few sequential requests, one at a time, with nothing else asking. What the browser asks afterwards (live
// checks fetched after hydration) is not in it: that is a request of its own. Each request is under an address of its
// own (`renderedPath`), so this is the work of a render, not of an answer from the portal's memory (which makes none).

const REQUESTS = 5;
/** count-work.mjs writes its totals every 200 ms. */
const SETTLE_MS = 500;

export type TPageWork = { statements: number; upstream: number; upstreamByTarget: Record<string, number> };

type TCounts = { argv: string; statements: number; fetches: Record<string, number> };

function portalCounts(dir: string): TCounts {
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith(".json")) : [];
  const all = files.map((name) => JSON.parse(readFileSync(path.join(dir, name), "utf8")) as TCounts);
  const portal = all.filter((counts) => /\bnext\b.*\bstart\b|scripts\/run\/portal-server\.ts/.test(counts.argv));
  if (portal.length !== 1) throw new Error(`expected one portal process counting its work, found ${portal.length}`);
  return portal[0]!;
}

/**
 * Makes every process started from here on count its work (count-work.mjs, preloaded through NODE_OPTIONS) into a
 * directory of its own; `stop` removes it and restores the environment for processes started afterwards.
 */
export function startCountingWork(): { dir: string; stop: () => void } {
  const before = process.env.NODE_OPTIONS;
  const dir = mkdtempSync(path.join(tmpdir(), "bench-work-"));
  process.env.BENCH_WORK_DIR = dir;
  const preload = `--import=${path.resolve(import.meta.dirname, "count-work.mjs")}`;
  process.env.NODE_OPTIONS = [before, preload].filter(Boolean).join(" ");
  const stop = () => {
    rmSync(dir, { recursive: true, force: true });
    delete process.env.BENCH_WORK_DIR;
    if (before === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = before;
  };
  return { dir, stop };
}

export async function measurePageWork(options: {
  portalUrl: string;
  routes: TPageRoute[];
  cookie: string;
  workDir: string;
}): Promise<Map<TPageRoute, TPageWork>> {
  const result = new Map<TPageRoute, TPageWork>();
  for (const route of options.routes.filter((entry) => entry.signedIn)) {
    const headers = { cookie: options.cookie };
    await rawGet(new URL(route.path, options.portalUrl).href, headers); // loads the route's code first
    await sleep(SETTLE_MS);
    const before = portalCounts(options.workDir);
    for (let i = 0; i < REQUESTS; i++) {
      await rawGet(new URL(renderedPath(route.path, i), options.portalUrl).href, headers);
    }
    await sleep(SETTLE_MS);
    const after = portalCounts(options.workDir);
    const upstreamByTarget: Record<string, number> = {};
    for (const [target, count] of Object.entries(after.fetches)) {
      const delta = (count - (before.fetches[target] ?? 0)) / REQUESTS;
      if (delta > 0) upstreamByTarget[target] = delta;
    }
    result.set(route, {
      statements: (after.statements - before.statements) / REQUESTS,
      upstream: Object.values(upstreamByTarget).reduce((sum, count) => sum + count, 0),
      upstreamByTarget,
    });
  }
  return result;
}
