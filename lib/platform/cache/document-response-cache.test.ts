import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createDocumentResponseCache, type TDocumentResponseCache } from "./document-response-cache";

/** A stand-in for Next.js: answers `/page` from "its cache" (HIT after the first render), counting what it handled. */
function fakeNext(options: { cache?: string; rewrite?: string; cookie?: boolean } = {}) {
  const state = { handled: 0, renders: 0 };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    state.handled += 1;
    const hit = state.handled > 1;
    if (!hit) state.renders += 1;
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("Content-Security-Policy", "default-src 'self'");
    res.setHeader("x-nextjs-cache", options.cache ?? (hit ? "HIT" : "MISS"));
    res.setHeader("x-middleware-rewrite", options.rewrite ?? "/public/nb/1/catalog/1");
    if (options.cookie) res.setHeader("Set-Cookie", "a=b");
    res.write("<html>ø ");
    res.end(Buffer.from(`page ${req.url}</html>`));
  };
  return { state, handle };
}

const servers: Server[] = [];
afterEach(() => servers.splice(0).forEach((server) => server.close()));

/** The cache in front of the stand-in, as the portal's server puts it; the server's address. */
async function listen(cache: TDocumentResponseCache, next: ReturnType<typeof fakeNext>) {
  const server = createServer((req, res) => {
    if (cache.serve(req, res)) return;
    cache.learn(req, res, { personalUntil: null, refused: null });
    next.handle(req, res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, resolve));
  return `http://localhost:${(server.address() as AddressInfo).port}`;
}

async function serve(next: ReturnType<typeof fakeNext>, key: string | null = "k") {
  const cache = createDocumentResponseCache({
    keyOf: () =>
      key === null
        ? null
        : {
            key,
            keepUntil: (sent: OutgoingHttpHeaders) =>
              sent["x-nextjs-cache"] === "HIT" && sent["x-middleware-rewrite"] === "/public/nb/1/catalog/1"
                ? Number.POSITIVE_INFINITY
                : null,
          },
    maxBytes: 10_000,
  });
  const url = `${await listen(cache, next)}/page`;
  return { cache, get: (headers: Record<string, string> = {}) => fetch(url, { headers }) };
}

describe("document response cache", () => {
  it("keeps the response Next.js served from its cache and answers the same key with it, headers and body", async () => {
    const next = fakeNext();
    const { get, cache } = await serve(next);
    const plain = { "accept-encoding": "identity" };
    await get(plain); // MISS: rendered, not kept
    const hit = await get(plain); // HIT: kept
    const hitBody = await hit.text();
    expect(next.state.handled).toBe(2);
    const served = await get(plain);
    expect(next.state.handled).toBe(2);
    expect(await served.text()).toBe(hitBody);
    expect(hitBody).toBe("<html>ø page /page</html>");
    expect(served.headers.get("content-security-policy")).toBe("default-src 'self'");
    expect(served.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(served.headers.get("content-length")).toBe(String(Buffer.byteLength(hitBody)));
    expect(served.headers.get("vary")).toBe("Accept-Encoding");
    expect(cache.size()).toBeGreaterThanOrEqual(Buffer.byteLength(hitBody));
  });

  it("answers brotli and gzip from forms made once, and sends the request to Next.js until they are", async () => {
    const next = fakeNext();
    const { cache, get } = await serve(next);
    const body = "<html>ø page /page</html>";
    await (await get({ "accept-encoding": "br" })).text();
    // Kept now; its encodings are made in the background. Until then a br request is Next's.
    await (await get({ "accept-encoding": "br" })).text();
    await cache.settled();
    const handled = next.state.handled;
    for (const encoding of ["br", "gzip"]) {
      const served = await get({ "accept-encoding": encoding });
      expect(served.headers.get("content-encoding")).toBe(encoding);
      expect(served.headers.get("vary")).toBe("Accept-Encoding");
      expect(await served.text()).toBe(body); // fetch decodes it
    }
    expect(next.state.handled).toBe(handled);
  });

  it("passes the router's payload requests, conditional requests and HEAD to Next.js", async () => {
    const next = fakeNext();
    const { get } = await serve(next);
    await get();
    await get();
    const others: Record<string, string>[] = [
      { rsc: "1" },
      { "next-router-prefetch": "1" },
      { "if-none-match": '"x"' },
      { range: "bytes=0-1" },
    ];
    for (const headers of others) {
      await get(headers);
    }
    expect(next.state.handled).toBe(6);
  });

  it("keeps nothing without a key, from a render, for another rewrite, or with a cookie set", async () => {
    for (const [next, key] of [
      [fakeNext(), null],
      [fakeNext({ cache: "MISS" }), "k"],
      [fakeNext({ rewrite: "/public/nb/2/catalog/1" }), "k"],
      [fakeNext({ cookie: true }), "k"],
    ] as const) {
      const { get, cache } = await serve(next, key);
      for (let i = 0; i < 3; i++) await (await get()).text();
      expect(next.state.handled).toBe(3);
      expect(cache.size()).toBe(0);
    }
  });

  it("answers a personal entry until its time and no longer, and forgets an owner's entries at once", async () => {
    let clock = 1_000;
    const next = fakeNext();
    const cache = createDocumentResponseCache({
      keyOf: (req) => ({ key: req.url ?? "", owner: "session-a", keepUntil: () => clock + 100 }),
      maxBytes: 10_000,
      quality: "fast",
      now: () => clock,
    });
    const base = await listen(cache, next);
    const get = (path: string) => fetch(`${base}${path}`, { headers: { "accept-encoding": "identity" } });
    await (await get("/a")).text(); // kept until 1,100
    await (await get("/b")).text();
    const served = await get("/a");
    expect(served.headers.get("x-portal-cache")).toBe("HIT");
    expect(next.state.handled).toBe(2);
    clock = 1_100; // its time has come: rendered again
    expect((await get("/a")).headers.get("x-portal-cache")).toBeNull();
    expect(next.state.handled).toBe(3);
    cache.forget("session-a");
    expect(cache.size()).toBe(0);
    await (await get("/b")).text();
    expect(next.state.handled).toBe(4);
  });
});
