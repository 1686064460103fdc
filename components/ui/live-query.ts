"use client";

import { useCallback, useEffect, useEffectEvent, useState, useSyncExternalStore } from "react";
import type { QueryObserver } from "@tanstack/react-query";
import { firstAnswer } from "./first-answer";
import { engineNow, FRESH_MS, loadEngine, onEngine, sleepUntilLoaded, type TEngine } from "./live-query-client";
import type { TLiveQuery } from "./recheck-button";

export { invalidateLiveQueries } from "./live-query-client";

// Why TanStack Query is loaded lazily, and what loads it: live-query-client.ts.

type TKey = readonly unknown[];
export type TLiveQueryOptions<T> = {
  initialData?: T;
  enabled?: boolean;
  /** While a new key is asked for, show the last answer of the one before. */
  keepPrevious?: boolean;
  retry?: boolean;
  refetchInterval?: number;
  /**
   * The URL the page preloads this query's first answer from (components/ui/live-check-preload.tsx): without an
   * `initialData`, the hook takes that answer as its streamed one, without the library; if it fails, the library
   * asks, as for a query with nothing streamed.
   */
  preloadedFrom?: string;
};

/**
 * The TanStack options of a live query. A streamed answer (`initialData`) counts as fetched at `seededAt` (when the
 * hook first showed it), and a query switching to the library later does not refetch for it (`refetchOnMount`):
 * only the needs listed in live-query-client.ts ask. `retry` is TanStack's default of 3 (its `true` never stops).
 */
export function liveQueryOptions<T>(
  engine: TEngine,
  queryKey: TKey,
  queryFn: () => Promise<T>,
  { initialData, enabled = true, keepPrevious = false, retry = true, refetchInterval }: TLiveQueryOptions<T>,
  seededAt: number,
) {
  const options = engine.client.defaultQueryOptions<T, Error, T, T, TKey>({
    queryKey,
    queryFn,
    enabled,
    retry: retry ? 3 : false,
    refetchInterval,
    placeholderData: keepPrevious ? engine.keepPreviousData : undefined,
    ...(initialData !== undefined && { initialData, initialDataUpdatedAt: seededAt, refetchOnMount: false }),
  });
  options._optimisticResults = "optimistic"; // as react-query's useBaseQuery: the render shows a key change at once
  return options;
}

/** Puts the streamed answer in the tab's cache when what the cache holds for the key is older (TanStack's hydrate). */
function seed<T>(engine: TEngine, queryKey: TKey, data: T | undefined, seededAt: number) {
  const held = engine.client.getQueryState(queryKey);
  if (data !== undefined && held && held.dataUpdatedAt < seededAt)
    engine.client.setQueryData(queryKey, data, { updatedAt: seededAt });
}

/** A GET kept live in the browser; its result fits LiveCheckSection and RecheckButton (`TLiveQuery`). */
export function useLiveQuery<T>(
  key: TKey,
  fetcher: () => Promise<T>,
  given: TLiveQueryOptions<T> = {},
): TLiveQuery & { data: T | undefined } {
  const { enabled = true, refetchInterval, preloadedFrom } = given;
  // The preloaded first answer, for the URL and the key it was asked for: a new key (a scope's change has moved on)
  // asks anew, never taking the answer from before it.
  const hash = JSON.stringify(key);
  const [first, setFirst] = useState<{ url: string; hash: string; data?: T; failed?: true }>();
  const awaitsFirst = Boolean(preloadedFrom) && given.initialData === undefined;
  const firstHere = awaitsFirst && first?.url === preloadedFrom && first?.hash === hash ? first : undefined;
  const waitingForFirst = awaitsFirst && firstHere === undefined;
  useEffect(() => {
    if (!awaitsFirst || !preloadedFrom) return;
    let mounted = true;
    firstAnswer<T>(preloadedFrom).then(
      (data) => mounted && setFirst({ url: preloadedFrom, hash, data }),
      () => mounted && setFirst({ url: preloadedFrom, hash, failed: true }),
    );
    return () => void (mounted = false);
  }, [awaitsFirst, preloadedFrom, hash]);
  const initialData = given.initialData ?? firstHere?.data;
  const options = { ...given, initialData };
  // On the server (and while hydrating) there is no engine: the streamed answer only.
  const engine = useSyncExternalStore(onEngine, engineNow, () => undefined);
  const [seededAt] = useState(() => Date.now());
  const [observer, setObserver] = useState<QueryObserver<T, Error, T, T, TKey>>();
  const [waking, setWaking] = useState<{ fetching: boolean; error: Error | null }>({ fetching: false, error: null });
  const queryOptions = engine && !waitingForFirst && liveQueryOptions(engine, key, fetcher, options, seededAt);
  if (engine && queryOptions && !observer) {
    seed(engine, key, initialData, seededAt);
    setObserver(new engine.QueryObserver(engine.client, queryOptions));
  }

  // Subscribed as react-query's useBaseQuery does.
  useSyncExternalStore(
    useCallback(
      (onChange: () => void) => {
        if (!engine || !observer) return () => {};
        const unsubscribe = observer.subscribe(engine.notifyManager.batchCalls(onChange));
        observer.updateResult();
        return unsubscribe;
      },
      [engine, observer],
    ),
    () => observer?.getCurrentResult(),
    () => undefined,
  );
  useEffect(() => {
    if (observer && queryOptions) observer.setOptions(queryOptions);
  }, [observer, queryOptions]);

  const failed = (error: unknown) =>
    setWaking({ fetching: false, error: error instanceof Error ? error : new Error(String(error)) });

  /** Loads the library and asks for this query now (the observer, once made, shows the ask and its answer). */
  function fetchNow(): Promise<unknown> {
    setWaking({ fetching: true, error: null });
    return loadEngine().then(
      (loaded) =>
        loaded.client
          .fetchQuery({ ...liveQueryOptions(loaded, key, fetcher, options, seededAt), staleTime: 0 })
          .catch(() => undefined), // the observer shows the error
      failed,
    );
  }
  const wake = useEffectEvent(fetchNow);
  const streamed = initialData !== undefined;
  useEffect(() => {
    if (observer || waitingForFirst) return;
    // No streamed answer: the library is needed at once (the observer then asks at mount).
    if (!streamed) {
      if (enabled) loadEngine().catch(failed);
      return;
    }
    const stop = sleepUntilLoaded({ queryKey: JSON.parse(hash) as TKey, fetchNow: () => wake() });
    if (!enabled) return stop;
    const onFocus = () => {
      if (document.visibilityState === "visible" && Date.now() - seededAt > FRESH_MS) void wake();
    };
    window.addEventListener("focus", onFocus);
    document.addEventListener("visibilitychange", onFocus);
    const tick = refetchInterval ? setTimeout(() => void wake(), refetchInterval) : undefined;
    return () => {
      stop();
      window.removeEventListener("focus", onFocus);
      document.removeEventListener("visibilitychange", onFocus);
      clearTimeout(tick);
    };
  }, [observer, waitingForFirst, streamed, enabled, hash, seededAt, refetchInterval]);

  const result = observer && queryOptions && observer.getOptimisticResult(queryOptions);
  if (!observer || !result)
    return {
      data: initialData,
      error: waking.error,
      isError: waking.error !== null,
      isPending: !streamed && waking.error === null,
      // Without a streamed answer the query asks as soon as the library is in (as TanStack's first render says); a
      // preloaded one is on its way.
      isFetching: waking.fetching || (!streamed && (enabled || waitingForFirst) && waking.error === null),
      refetch: fetchNow,
    };
  return {
    data: result.data,
    error: result.error,
    isError: result.isError,
    isPending: result.isPending,
    isFetching: result.isFetching,
    refetch: () => observer.refetch(),
  };
}
