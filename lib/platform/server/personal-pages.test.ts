import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDocumentResponseCache } from "@/lib/platform/cache/document-response-cache";
import { personalOwnerOf, personalPageKey } from "@/lib/platform/cache/personal-page-key";
import { allowPersonalCopy, refusePersonalCopy } from "@/lib/platform/cache/render-scope";
import { portalRequestListener } from "./portal-request-listener";
import { createStaticAssetCache } from "./static-asset-cache";

// The portal's server with a person's pages kept (lib/platform/cache/personal-page-key.ts), in front of a stand-in
// for Next.js whose "render" says, as the organisation's layout and the upstream client do, whether it may be kept.

let server: Server;
let base: string;
let staticDir: string;
let revision: string | null = "7";
const renders: string[] = [];

async function nextStandIn(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? "/", "http://portal.invalid");
  renders.push(`${req.method} ${url.pathname}`);
  if (req.method === "POST") return void res.writeHead(303, { Location: "/orgs/1/page" }).end();
  // As a page would: allowed by the layout, then (after an await, still in the request's scope) maybe refused.
  allowPersonalCopy(Date.now() + 60_000);
  await new Promise((resolve) => setTimeout(resolve, 1));
  if (url.pathname.endsWith("/live")) refusePersonalCopy("upstream maskinporten");
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Content-Security-Policy", "script-src 'nonce-abc'");
  res.end(`<html><script nonce="abc"></script>${url.pathname} for ${personalOwnerOf(req)}</html>`);
}

beforeAll(async () => {
  staticDir = mkdtempSync(path.join(tmpdir(), "portal-static-"));
  const cache = createDocumentResponseCache({ keyOf: personalPageKey(() => revision), maxBytes: 1_000_000 });
  const listener = portalRequestListener(nextStandIn, createStaticAssetCache({ staticDir }), undefined, {
    cache,
    ownerOf: personalOwnerOf,
  });
  server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(staticDir, { recursive: true, force: true });
});

const KARI = "next-auth.session-token=kari";
const OLA = "next-auth.session-token=ola";

async function get(pathname: string, cookie?: string) {
  const response = await fetch(`${base}${pathname}`, {
    headers: { "accept-encoding": "identity", ...(cookie ? { cookie } : {}) },
    redirect: "manual",
  });
  return { hit: response.headers.get("x-portal-cache") === "HIT", body: await response.text() };
}

describe("the portal's server: a person's pages from memory", () => {
  it("answers a person's page again from memory, and only to that session", async () => {
    renders.length = 0;
    expect((await get("/orgs/1/page", KARI)).hit).toBe(false);
    const again = await get("/orgs/1/page", KARI);
    expect(again.hit).toBe(true);
    expect(again.body).toContain(`for ${personalOwnerOf({ headers: { cookie: KARI } } as IncomingMessage)}`);
    expect((await get("/orgs/1/page", OLA)).hit).toBe(false);
    expect((await get("/orgs/1/page")).hit).toBe(false); // signed out: never
    expect((await get("/orgs/1/page")).hit).toBe(false);
    expect(renders).toEqual(Array(4).fill("GET /orgs/1/page"));
  });

  it("renders a page whose render was refused a copy every time", async () => {
    await get("/orgs/1/live", KARI);
    expect((await get("/orgs/1/live", KARI)).hit).toBe(false);
  });

  it("renders again once the revision moves, and keeps nothing while there is none", async () => {
    await get("/orgs/1/moves", KARI);
    expect((await get("/orgs/1/moves", KARI)).hit).toBe(true);
    revision = "8";
    expect((await get("/orgs/1/moves", KARI)).hit).toBe(false);
    revision = null;
    await get("/orgs/1/moves", KARI);
    expect((await get("/orgs/1/moves", KARI)).hit).toBe(false);
    revision = "8";
  });

  it("forgets a person's pages when they send a change, not another person's", async () => {
    await get("/orgs/1/mine", KARI);
    await get("/orgs/1/mine", OLA);
    expect((await get("/orgs/1/mine", KARI)).hit).toBe(true);
    await fetch(`${base}/orgs/1/mine`, { method: "POST", headers: { cookie: `${KARI}; other=1` }, redirect: "manual" });
    expect((await get("/orgs/1/mine", KARI)).hit).toBe(false);
    expect((await get("/orgs/1/mine", OLA)).hit).toBe(true);
  });
});
