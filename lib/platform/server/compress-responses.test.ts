import { createServer, request, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, createBrotliDecompress, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptedEncoding } from "./accepted-encoding";
import { portalRequestListener, type TRequestHandler } from "./portal-request-listener";
import { createStaticAssetCache, type TStaticAssetCache } from "./static-asset-cache";

// The portal's server in front of a stand-in for Next.js (`handle` below answers as Next would), over real HTTP.

const BROWSER = "gzip, deflate, br, zstd";
const PAGE = `<!DOCTYPE html><html><body>${"<p>Samtykke og fullmakt for virksomheter</p>".repeat(200)}</body></html>`;
const SCRIPT = Array.from({ length: 3000 }, (_, i) => `var s${i}="${((i * 7919) % 10007).toString(36)}";`).join("");

type TReply = { status: number; headers: IncomingHttpHeaders; wire: Buffer; body: string };

function decode(encoding: string | undefined, wire: Buffer): Buffer {
  if (encoding === "br") return brotliDecompressSync(wire);
  if (encoding === "gzip") return gunzipSync(wire);
  return wire;
}

let server: Server;
let base: string;
let staticDir: string;
let assets: TStaticAssetCache;
const handled: string[] = [];
/** Lets the streaming test hold its response between the two chunks. */
let releaseSecondChunk: () => void = () => {};

function send(url: string, headers: Record<string, string> = {}, method = "GET"): Promise<TReply> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${url}`, { headers, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const wire = Buffer.concat(chunks);
        const encoding = res.headers["content-encoding"];
        resolve({ status: res.statusCode!, headers: res.headers, wire, body: decode(encoding, wire).toString() });
      });
    });
    req.on("error", reject);
    req.end();
  });
}

const nextStandIn: TRequestHandler = async (req, res: ServerResponse) => {
  const url = new URL(req.url!, "http://x");
  handled.push(`${req.method} ${url.pathname}`);
  if (url.pathname.startsWith("/_next/static/")) {
    const file = readFileSync(path.join(staticDir, url.pathname.slice("/_next/static/".length)));
    res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    res.setHeader("Content-Type", "application/javascript; charset=UTF-8");
    res.setHeader("ETag", 'W/"abc"');
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Accept-Ranges", "bytes");
    if (req.headers["if-none-match"] === 'W/"abc"') return void res.writeHead(304).end();
    if (req.headers.range) {
      res.writeHead(206, { "Content-Range": `bytes 0-9/${file.length}`, "Content-Length": 10 });
      return void res.end(file.subarray(0, 10));
    }
    res.setHeader("Content-Length", file.length);
    return void res.end(req.method === "HEAD" ? undefined : file);
  }
  if (url.pathname === "/stream") {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.write(`<!DOCTYPE html><p>${"first ".repeat(300)}</p>`);
    await new Promise<void>((resolve) => (releaseSecondChunk = resolve));
    return void res.end(`<p>second</p>`);
  }
  if (url.pathname === "/events") {
    res.writeHead(200, { "Content-Type": "text/event-stream" });
    return void res.end(`data: ${"x".repeat(2000)}\n\n`);
  }
  if (url.pathname === "/encoded") {
    const gz = gzipSync(PAGE);
    res.writeHead(200, { "Content-Type": "text/html", "Content-Encoding": "gzip", "Content-Length": gz.length });
    return void res.end(gz);
  }
  if (url.pathname === "/tiny") return void res.setHeader("Content-Type", "text/plain").end("ok");
  if (url.pathname === "/not-modified") return void res.writeHead(304, { ETag: '"p"' }).end();
  if (url.pathname === "/throws") throw new Error("handler failed");
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.end(req.method === "HEAD" ? undefined : PAGE);
};

beforeAll(async () => {
  staticDir = mkdtempSync(path.join(tmpdir(), "portal-static-"));
  mkdirSync(path.join(staticDir, "chunks"));
  writeFileSync(path.join(staticDir, "chunks", "app.js"), SCRIPT);
  writeFileSync(path.join(staticDir, "chunks", "other.js"), SCRIPT.replaceAll("var", "let"));
  assets = createStaticAssetCache({ staticDir });
  server = createServer(portalRequestListener(nextStandIn, assets));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(staticDir, { recursive: true, force: true });
});

describe("the portal's server: compression of dynamic responses", () => {
  it("answers a browser with brotli, others with gzip or identity by their q-values, with Vary", async () => {
    const cases: [string | undefined, string | undefined][] = [
      [BROWSER, "br"],
      ["gzip", "gzip"],
      ["br;q=0, gzip", "gzip"],
      ["br;q=0.4, gzip;q=0.9", "gzip"],
      ["identity", undefined],
      [undefined, undefined],
    ];
    for (const [accept, expected] of cases) {
      const reply = await send("/page", accept === undefined ? {} : { "accept-encoding": accept });
      expect(reply.headers["content-encoding"], String(accept)).toBe(expected);
      // The static cache's negotiation (accepted-encoding.ts) agrees with the middleware's.
      expect(acceptedEncoding(accept)).toBe(expected);
      expect(reply.headers.vary).toMatch(/Accept-Encoding/i);
      expect(reply.body).toBe(PAGE);
    }
    const [br, gzip] = [
      await send("/page", { "accept-encoding": BROWSER }),
      await send("/page", { "accept-encoding": "gzip" }),
    ];
    expect(br.wire.length).toBeLessThan(gzip.wire.length);
  });

  it("sends a streamed page's first chunk before the handler writes the next", async () => {
    const firstChunk = new Promise<{ text: string; rest: Promise<string> }>((resolve, reject) => {
      const req = request(`${base}/stream`, { headers: { "accept-encoding": BROWSER } }, (res) => {
        expect(res.headers["content-encoding"]).toBe("br");
        const inflate = createBrotliDecompress();
        res.pipe(inflate);
        let text = "";
        const rest = new Promise<string>((done) => inflate.on("end", () => done(text)));
        inflate.on("data", (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes("</p>") && !text.includes("second")) resolve({ text, rest });
        });
      });
      req.on("error", reject);
      req.end();
    });
    const { text, rest } = await firstChunk; // arrives while the handler still holds the second chunk
    expect(text).not.toContain("second");
    releaseSecondChunk();
    expect(await rest).toContain("<p>second</p>");
  });

  it("leaves HEAD, 304, ranges, event streams, tiny and already encoded bodies as they are", async () => {
    const head = await send("/page", { "accept-encoding": BROWSER }, "HEAD");
    expect(head.headers["content-encoding"]).toBeUndefined();
    expect(head.wire.length).toBe(0);

    const notModified = await send("/not-modified", { "accept-encoding": BROWSER });
    expect([notModified.status, notModified.headers["content-encoding"]]).toEqual([304, undefined]);

    const range = await send("/_next/static/chunks/other.js", { "accept-encoding": BROWSER, range: "bytes=0-9" });
    expect([range.status, range.headers["content-encoding"], range.body]).toEqual([206, undefined, `let s0="0"`]);

    const events = await send("/events", { "accept-encoding": BROWSER });
    expect(events.headers["content-encoding"]).toBeUndefined();

    const tiny = await send("/tiny", { "accept-encoding": BROWSER });
    expect([tiny.headers["content-encoding"], tiny.body]).toEqual([undefined, "ok"]);

    const encoded = await send("/encoded", { "accept-encoding": BROWSER });
    expect(encoded.headers["content-encoding"]).toBe("gzip");
    expect(encoded.wire.equals(gzipSync(PAGE))).toBe(true);
  });

  it("answers 500 when the handler throws, as Next's own server does", async () => {
    const reply = await send("/throws", { "accept-encoding": BROWSER });
    expect([reply.status, reply.body]).toEqual([500, "Internal Server Error"]);
  });
});

describe("the portal's server: static assets compressed once", () => {
  const url = "/_next/static/chunks/app.js";

  it("serves the first request through Next.js, later ones from the cache with Next's headers", async () => {
    handled.length = 0;
    const first = await send(url, { "accept-encoding": BROWSER });
    expect([first.status, first.headers["content-encoding"], first.body]).toEqual([200, "br", SCRIPT]);
    await assets.settled();
    expect(assets.size()).toBeGreaterThan(0);

    const cached = await send(`${url}?v=1`, { "accept-encoding": BROWSER });
    expect(handled).toEqual([`GET ${url}`]); // only the first went to Next.js
    expect(cached.status).toBe(200);
    expect(cached.headers["content-encoding"]).toBe("br");
    expect(cached.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(cached.headers["x-frame-options"]).toBe("DENY");
    expect(cached.headers.etag).toBe('W/"abc"');
    expect(cached.headers.vary).toBe("Accept-Encoding");
    expect(cached.headers["accept-ranges"]).toBeUndefined();
    expect(Number(cached.headers["content-length"])).toBe(cached.wire.length);
    expect(cached.body).toBe(SCRIPT);
    expect(cached.wire.length).toBeLessThanOrEqual(first.wire.length); // quality 11 against the per-request 4

    const gzip = await send(url, { "accept-encoding": "gzip" });
    expect([gzip.headers["content-encoding"], gzip.body]).toEqual(["gzip", SCRIPT]);
    const revalidated = await send(url, { "accept-encoding": BROWSER, "if-none-match": 'W/"abc"' });
    expect([revalidated.status, revalidated.wire.length]).toEqual([304, 0]);
    expect(handled).toEqual([`GET ${url}`]);
  });

  it("sends to Next.js what the cache must not answer: identity, HEAD, ranges", async () => {
    handled.length = 0;
    const identity = await send(url, {});
    expect([identity.headers["content-encoding"], identity.body]).toEqual([undefined, SCRIPT]);
    await send(url, { "accept-encoding": BROWSER }, "HEAD");
    await send(url, { "accept-encoding": BROWSER, range: "bytes=0-9" });
    expect(handled).toEqual([`GET ${url}`, `HEAD ${url}`, `GET ${url}`]);
  });

  it("holds at most maxBytes, dropping the least recently served file", async () => {
    const small = createStaticAssetCache({ staticDir, maxBytes: 1 });
    const res = { once: (_: string, done: () => void) => done(), statusCode: 200 } as unknown as ServerResponse;
    Object.assign(res, { getHeader: () => "application/javascript", getHeaders: () => ({}) });
    small.learn({ method: "GET", url, headers: {} } as never, res);
    await small.settled();
    expect(small.size()).toBe(0);
  });
});
