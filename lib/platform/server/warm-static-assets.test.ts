import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { portalRequestListener } from "./portal-request-listener";
import { createStaticAssetCache } from "./static-asset-cache";
import { warmStaticAssets } from "./warm-static-assets";

const staticDir = mkdtempSync(path.join(tmpdir(), "portal-warm-"));
afterAll(() => rmSync(staticDir, { recursive: true, force: true }));

it("has every script and style sheet of the build compressed before anyone asks, through Next's own answer", async () => {
  mkdirSync(path.join(staticDir, "chunks"), { recursive: true });
  const script = `var portal = ${JSON.stringify("x".repeat(4000))};`;
  writeFileSync(path.join(staticDir, "chunks", "a b.js"), script);
  writeFileSync(path.join(staticDir, "chunks", "app.css"), `body{color:red}${" ".repeat(2000)}`);
  writeFileSync(path.join(staticDir, "chunks", "font.woff2"), "not warmed");
  const asked: string[] = [];
  // Next.js' stand-in: serves the build's files with the headers Next sends for them.
  const next = (req: IncomingMessage, res: ServerResponse) => {
    asked.push(`${req.url} ${req.headers["accept-encoding"]}`);
    const file = decodeURIComponent(req.url!.replace("/_next/static/", ""));
    res.setHeader("Content-Type", file.endsWith(".css") ? "text/css" : "application/javascript");
    res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    res.end(readFileSync(path.join(staticDir, file)));
  };
  const cache = createStaticAssetCache({ staticDir });
  const listener = portalRequestListener(next, cache);
  // Before the server listens, as start-portal-server.ts does.
  const warmed = await warmStaticAssets({ listener, staticDir, cache });
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    expect(warmed).toBe(2);
    expect(asked.sort()).toEqual(["/_next/static/chunks/a%20b.js identity", "/_next/static/chunks/app.css identity"]);
    expect(cache.size()).toBeGreaterThan(0);
    // A browser's first request is answered from the cache: Next.js is not asked again.
    const first = await fetch(`${origin}/_next/static/chunks/a%20b.js`, { headers: { "accept-encoding": "br" } });
    expect(first.headers.get("content-encoding")).toBe("br");
    expect(await first.text()).toBe(script);
    expect(asked).toHaveLength(2);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
