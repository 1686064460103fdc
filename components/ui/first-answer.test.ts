import { afterEach, describe, expect, it, vi } from "vitest";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { firstAnswer } from "./first-answer";
import { engineNow } from "./live-query-client";
import { useLiveQuery } from "./live-query";

afterEach(() => vi.unstubAllGlobals());

describe("the first answer of a preloaded live check", () => {
  it("is asked once per URL, with fetch's defaults (as the preload was made), for every hook on the page", async () => {
    const fetch = vi.fn(async () => Response.json({ steps: 3 }));
    vi.stubGlobal("fetch", fetch);
    const [a, b] = await Promise.all([firstAnswer("/x?environment=test"), firstAnswer("/x?environment=test")]);
    expect(a).toEqual({ steps: 3 });
    expect(b).toBe(a);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith("/x?environment=test");
  });

  it("fails with the route's message when the route refuses", async () => {
    vi.stubGlobal("fetch", async () => Response.json({ error: { message: "Too many live checks" } }, { status: 429 }));
    await expect(firstAnswer("/refused")).rejects.toThrow("Too many live checks");
  });

  it("is awaited in the server's HTML as a check under way, without TanStack Query", () => {
    function Probe() {
      const query = useLiveQuery(["preloaded"], async () => "fetched", { preloadedFrom: "/check" });
      return createElement("p", null, JSON.stringify({ ...query, refetch: undefined }));
    }
    const html = renderToString(createElement(Probe));
    expect(html).toContain("&quot;isPending&quot;:true,&quot;isFetching&quot;:true");
    expect(engineNow()).toBeUndefined();
  });
});
