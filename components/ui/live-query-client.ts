// The live checks (delegations, the checklist, scopes in Maskinporten, the kit's preflight, upstream status) run on
// TanStack Query, loaded only when first needed: the parts used are 8.4 kB of compressed JavaScript (brotli), and most
// of those routes stream their answer with the page (issue 17: 130 kB of JavaScript on a first visit). The library
// (live-query-engine.ts, a dynamic import) is fetched when a live query first needs it: "Check again", the tab coming back after the answer is stale,
// the first `refetchInterval` tick, an invalidation, or a query with no streamed answer (it asks at mount). The hook
// (live-query.ts) shows the streamed answer until then; everything after (staleness, retries, dedup, focus refetch,
// invalidation) is TanStack's.
// The QueryClient is the browser tab's, created with the library: `loadEngine` refuses to run on the server, so
// nothing one person's page fetched is kept where another's request could read it.
import type { TEngine } from "./live-query-engine";

export type { TEngine };

/** How long an answer (asked or streamed) counts as fresh. */
export const FRESH_MS = 10_000;

let engine: TEngine | undefined;
let loading: Promise<TEngine> | undefined;
const listeners = new Set<() => void>();

/** The tab's engine, loading the library the first time; every mounted live query switches to it once loaded. */
export function loadEngine(): Promise<TEngine> {
  if (typeof window === "undefined") return Promise.reject(new Error("Live queries run in the browser only"));
  loading ??= import("./live-query-engine").then(
    ({ createEngine }) => {
      engine = createEngine();
      // The hooks switch to observers after those who asked for the library have started their asks, so an
      // observer made for "Check again" shows the ask under way rather than a moment of "done" before it.
      setTimeout(() => listeners.forEach((listener) => listener()));
      return engine;
    },
    (error: unknown) => {
      loading = undefined; // a failed chunk load (offline) is tried again at the next need
      throw error;
    },
  );
  return loading;
}

/** For `useSyncExternalStore`: the engine once loaded. */
export const engineNow = () => engine;
export function onEngine(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** A mounted live query still showing its streamed answer (no observer yet): how to ask for it now. */
export type TSleeper = { queryKey: readonly unknown[]; fetchNow: () => Promise<unknown> };
const sleepers = new Set<TSleeper>();

export function sleepUntilLoaded(sleeper: TSleeper) {
  sleepers.add(sleeper);
  return () => void sleepers.delete(sleeper);
}

const startsWith = (key: readonly unknown[], prefix: readonly unknown[]) =>
  prefix.every((part, index) => JSON.stringify(part) === JSON.stringify(key[index]));

/**
 * Asks again for every live query on screen whose key starts with `queryKey` (TanStack's `invalidateQueries`, which
 * refetches the active ones and marks the rest stale); a query still showing its streamed answer is asked directly,
 * as its observer may not be subscribed yet. Resolves when those answers are in.
 */
export async function invalidateLiveQueries(queryKey: readonly unknown[]): Promise<void> {
  const waiting = [...sleepers].filter((sleeper) => startsWith(sleeper.queryKey, queryKey));
  const { client } = await loadEngine();
  await Promise.all([client.invalidateQueries({ queryKey }), ...waiting.map((sleeper) => sleeper.fetchNow())]);
}
