// TanStack Query's parts the live queries use, in a module of their own so that the one dynamic import of it
// (live-query-client.ts) brings only these: named imports are tree-shaken, a dynamic import of the package itself is
// not (all of react-query, 12.2 kB brotli, against 8.4 kB for these four).
import { keepPreviousData, notifyManager, QueryClient, QueryObserver } from "@tanstack/react-query";
import { FRESH_MS } from "./live-query-client";

export type TEngine = {
  client: QueryClient;
  QueryObserver: typeof QueryObserver;
  keepPreviousData: typeof keepPreviousData;
  notifyManager: typeof notifyManager;
};

/** A QueryClient for the tab: answers fresh for 10 s; 3 retries after 1, 2 and 4 s and refetch on focus are TanStack's defaults. */
export function createEngine(): TEngine {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: FRESH_MS } } });
  return { client, QueryObserver, keepPreviousData, notifyManager };
}
