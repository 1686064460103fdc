import autocannon from "autocannon";
import { percentile } from "../stats";
import type { TPageRoute } from "./page-routes";
import { BROWSER_ACCEPT_ENCODING } from "./raw-get";

// Latency under load as a person feels it: whole responses (headers and body, compressed as a browser asks) at 10
// concurrent connections, per page. The reference is a static JavaScript chunk served by the same server, loaded in its own
// segment right before each page's, round after round, so both see the same machine (other processes, thermal state):
// what counts is a page's p95 over the chunk's p95 in the same run.

export const CONNECTIONS = 10;
const SEGMENT_SECONDS = Number(process.env.BENCH_SEGMENT_SECONDS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

export type TLatency = { p50: number; p95: number; requests: number; errors: number };

/** `rendered`: each request under an address of its own, so none is answered from the portal's memory. */
type TTarget = { path: string; headers: Record<string, string>; rendered?: boolean };

/**
 * The page under an address no request asked before (a query parameter no page reads): the portal's server keeps a
 * signed-in person's page under its whole URL (lib/platform/cache/personal-page-key.ts), so this one is rendered.
 */
export function renderedPath(path: string, n: number): string {
  return `${path}${path.includes("?") ? "&" : "?"}bench-render=${n}`;
}

let renderedCount = 0;

/** One segment of load on one address; every response's time, and how many were not 200 or failed. */
function load(portalUrl: string, target: TTarget, seconds: number): Promise<{ times: number[]; errors: number }> {
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    let errors = 0;
    const instance = autocannon(
      {
        url: new URL(target.path, portalUrl).href,
        connections: CONNECTIONS,
        duration: seconds,
        headers: target.headers,
        ...(target.rendered && {
          requests: [
            {
              setupRequest: (request: autocannon.Request) => ({
                ...request,
                path: renderedPath(target.path, (renderedCount += 1)),
              }),
            },
          ],
        }),
      },
      (error, result) => (error ? reject(error) : resolve({ times, errors: errors + result.errors + result.timeouts })),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      times.push(responseTime);
      if (statusCode !== 200) errors++;
    });
  });
}

function summarise(times: number[], errors: number): TLatency {
  // No response finished within the segment at all: slower than the segment itself, printed as Infinity.
  if (times.length === 0) return { p50: Infinity, p95: Infinity, requests: 0, errors };
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), requests: sorted.length, errors };
}

export async function measurePageLatency(options: {
  portalUrl: string;
  staticPath: string;
  routes: TPageRoute[];
  cookie: string;
  onProgress: (text: string) => void;
}): Promise<{ reference: TLatency; pages: Map<TPageRoute, TLatency>; rendered: Map<TPageRoute, TLatency> }> {
  const browser = { "accept-encoding": BROWSER_ACCEPT_ENCODING };
  const reference: TTarget = { path: options.staticPath, headers: browser };
  const target = (route: TPageRoute): TTarget => ({
    path: route.path,
    headers: route.signedIn ? { ...browser, cookie: options.cookie } : browser,
  });
  // Warm up: the first requests of a route load its server code and fill the connection pools.
  for (const route of options.routes) await load(options.portalUrl, target(route), 1);
  const referenceTimes: number[] = [];
  let referenceErrors = 0;
  const pageTimes = new Map(options.routes.map((route) => [route, { times: [] as number[], errors: 0 }]));
  // A signed-in page is also measured as rendered for each request (a first view, or one after a change): the figure
  // the portal's memory does not help with.
  const renderedTimes = new Map(
    options.routes.filter((route) => route.signedIn).map((route) => [route, { times: [] as number[], errors: 0 }]),
  );
  for (let round = 1; round <= ROUNDS; round++) {
    for (const route of options.routes) {
      options.onProgress(`round ${round}/${ROUNDS}: ${route.name}`);
      const before = await load(options.portalUrl, reference, SEGMENT_SECONDS);
      // Not push(...times): a segment of the static chunk served from memory is a few hundred thousand answers.
      for (const time of before.times) referenceTimes.push(time);
      referenceErrors += before.errors;
      const page = await load(options.portalUrl, target(route), SEGMENT_SECONDS);
      const entry = pageTimes.get(route)!;
      for (const time of page.times) entry.times.push(time);
      entry.errors += page.errors;
      const renderedEntry = renderedTimes.get(route);
      if (renderedEntry) {
        const rendered = await load(options.portalUrl, { ...target(route), rendered: true }, SEGMENT_SECONDS);
        for (const time of rendered.times) renderedEntry.times.push(time);
        renderedEntry.errors += rendered.errors;
      }
    }
  }
  return {
    reference: summarise(referenceTimes, referenceErrors),
    pages: new Map([...pageTimes].map(([route, entry]) => [route, summarise(entry.times, entry.errors)])),
    rendered: new Map([...renderedTimes].map(([route, entry]) => [route, summarise(entry.times, entry.errors)])),
  };
}
