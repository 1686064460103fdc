import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as TanStack from "@tanstack/react-query";
import { engineNow, invalidateLiveQueries, loadEngine, sleepUntilLoaded } from "./live-query-client";
import { createEngine } from "./live-query-engine";
import { liveQueryOptions, useLiveQuery, type TLiveQueryOptions } from "./live-query";

// The hook's two halves without a browser: what the server renders (the streamed answer, no library), and the
// TanStack options it hands a real QueryObserver once the library is in (the behaviour the panels rely on).

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  TanStack.environmentManager.setIsServer(() => typeof window === "undefined");
});

function Probe(props: { options: TLiveQueryOptions<string> }) {
  const query = useLiveQuery(["probe"], async () => "fetched", props.options);
  return createElement("p", null, JSON.stringify({ ...query, refetch: undefined }));
}

describe("useLiveQuery on the server", () => {
  it("renders the streamed answer without loading TanStack Query, and keeps no client there", async () => {
    const html = renderToString(createElement(Probe, { options: { initialData: "streamed" } }));
    expect(html).toContain("&quot;data&quot;:&quot;streamed&quot;");
    expect(html).toContain("&quot;isPending&quot;:false,&quot;isFetching&quot;:false");
    expect(engineNow()).toBeUndefined();
    await expect(loadEngine()).rejects.toThrow("browser only");
  });

  it("without a streamed answer says it is asking (as TanStack's first render does)", () => {
    const html = renderToString(createElement(Probe, { options: {} }));
    expect(html).toContain("&quot;isPending&quot;:true,&quot;isFetching&quot;:true");
  });
});

/** A fresh tab's engine and an observer of one live query, subscribed as the hook subscribes it. */
function observe<T>(key: readonly unknown[], fetcher: () => Promise<T>, options: TLiveQueryOptions<T> = {}) {
  TanStack.environmentManager.setIsServer(() => false);
  const engine = createEngine();
  const observer = new engine.QueryObserver(engine.client, liveQueryOptions(engine, key, fetcher, options, Date.now()));
  observer.subscribe(() => {});
  return { engine, observer };
}

describe("live query options on TanStack Query", () => {
  it("takes the streamed answer as just fetched: no ask at mount, stale after 10 s", async () => {
    vi.useFakeTimers();
    const fetcher = vi.fn(async () => "fresh");
    const { observer } = observe(["streamed"], fetcher, { initialData: "streamed" });
    await vi.advanceTimersByTimeAsync(9_000);
    expect(fetcher).not.toHaveBeenCalled();
    expect(observer.getCurrentResult()).toMatchObject({ data: "streamed", isStale: false, isFetching: false });
    await vi.advanceTimersByTimeAsync(1_001);
    expect(observer.getCurrentResult().isStale).toBe(true);
    await observer.refetch();
    expect(observer.getCurrentResult().data).toBe("fresh");
  });

  it("asks once for a key however many show it", async () => {
    const fetcher = vi.fn(async () => ({ ok: true }));
    const { engine, observer } = observe(["shared"], fetcher);
    const second = new engine.QueryObserver(engine.client, liveQueryOptions(engine, ["shared"], fetcher, {}, 0));
    second.subscribe(() => {});
    await vi.waitFor(() => expect(second.getCurrentResult().data).toEqual({ ok: true }));
    expect(observer.getCurrentResult().data).toEqual({ ok: true });
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  it("tries a failed ask 3 more times after 1, 2 and 4 s, keeping the last answer beside the error", async () => {
    vi.useFakeTimers();
    const fetcher = vi.fn(async () => Promise.reject(new Error("upstream down")));
    const { observer } = observe(["failing"], fetcher, { initialData: "streamed" });
    const done = observer.refetch();
    await vi.advanceTimersByTimeAsync(6_999);
    expect(fetcher).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(1);
    await done;
    expect(fetcher).toHaveBeenCalledTimes(4);
    expect(observer.getCurrentResult()).toMatchObject({ data: "streamed", isError: true, isFetching: false });
    expect(observer.getCurrentResult().error?.message).toBe("upstream down");
  });

  it("asks only once when retries are off", async () => {
    const fetcher = vi.fn(async () => Promise.reject(new Error("no")));
    const { observer } = observe(["no-retry"], fetcher, { retry: false });
    await vi.waitFor(() => expect(observer.getCurrentResult().isError).toBe(true));
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  it("keeps the previous key's answer shown while the next is asked for", async () => {
    const { engine, observer } = observe(["keep", 1], async () => "first", { keepPrevious: true });
    await vi.waitFor(() => expect(observer.getCurrentResult().data).toBe("first"));
    observer.setOptions(liveQueryOptions(engine, ["keep", 2], async () => "second", { keepPrevious: true }, 0));
    expect(observer.getCurrentResult()).toMatchObject({ data: "first", isPlaceholderData: true, isPending: false });
    await vi.waitFor(() => expect(observer.getCurrentResult().data).toBe("second"));
  });

  it("asks again every refetchInterval", async () => {
    vi.useFakeTimers();
    const fetcher = vi.fn(async () => "status");
    observe(["polled"], fetcher, { refetchInterval: 30_000 });
    await vi.advanceTimersByTimeAsync(60_001);
    expect(fetcher).toHaveBeenCalledTimes(3);
  });
});

describe("invalidateLiveQueries", () => {
  it("asks again for the shown queries under a key, including those still showing the streamed answer", async () => {
    vi.stubGlobal("window", globalThis);
    TanStack.environmentManager.setIsServer(() => false);
    const { client } = await loadEngine();
    const shown = vi.fn(async () => "answer");
    const observer = new TanStack.QueryObserver(client, { queryKey: ["inv", "test"], queryFn: shown });
    const stop = observer.subscribe(() => {});
    await vi.waitFor(() => expect(observer.getCurrentResult().data).toBe("answer"));
    const streamed = { queryKey: ["inv", "prod"], fetchNow: vi.fn(async () => undefined) };
    const unrelated = { queryKey: ["other"], fetchNow: vi.fn(async () => undefined) };
    const stops = [sleepUntilLoaded(streamed), sleepUntilLoaded(unrelated)];
    await invalidateLiveQueries(["inv"]);
    expect(shown).toHaveBeenCalledTimes(2);
    expect(streamed.fetchNow).toHaveBeenCalledTimes(1);
    expect(unrelated.fetchNow).not.toHaveBeenCalled();
    expect(await loadEngine()).toBe(engineNow()); // one client for the tab
    [stop, ...stops].forEach((unsubscribe) => unsubscribe());
  });
});
