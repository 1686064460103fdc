import { NextRequest } from "next/server";
import { afterAll, describe, expect, it, vi } from "vitest";
import { catalogRevision } from "@/lib/catalog/catalog-revision";
import { seedResource } from "@/lib/catalog/catalog-test-fixtures";
import { createOrganisation, testDb, uniqueSuffix } from "@/test/factories";
import { proxy } from "./proxy";

const portal = "http://localhost:3000";

function request(path: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  return new NextRequest(`${portal}${path}`, {
    method: init.method ?? "GET",
    headers: { host: "localhost:3000", ...init.headers },
  });
}

describe("proxy: foreign Origin on a state-changing request", () => {
  it.each([
    // A server action: a POST to a page with the `Next-Action` header.
    ["a server action", "/orgs/974761076/members", { "next-action": "7f00deadbeef" }],
    ["the consent-token route", "/orgs/974761076/integration/tests/0b7c3f6e-2f7e-4f7e-9a3c-3c7b1b0f0e11/token", {}],
    ["logout", "/api/logout", {}],
  ])("refuses %s with 403", async (_, path, headers) => {
    for (const origin of ["https://evil.example", "http://localhost:3000.evil.example", "null"]) {
      const response = await proxy(request(path, { method: "POST", headers: { origin, ...headers } }));
      expect(response.status).toBe(403);
    }
  });

  it.each(["PUT", "PATCH", "DELETE"])("refuses %s from a foreign Origin", async (method) => {
    expect((await proxy(request("/api/x", { method, headers: { origin: "https://evil.example" } }))).status).toBe(403);
  });

  it("lets the portal's own pages post, also behind a proxy that names the public host", async () => {
    const own = await proxy(request("/orgs/974761076/members", { method: "POST", headers: { origin: portal } }));
    expect(own.status).toBe(200);
    const behind = await proxy(
      request("/api/logout", {
        method: "POST",
        headers: { origin: "https://portal.example", host: "10.0.0.5:3000", "x-forwarded-host": "portal.example" },
      }),
    );
    expect(behind.status).toBe(200);
  });

  it("lets a foreign page link to the portal (GET)", async () => {
    expect((await proxy(request("/catalog", { headers: { origin: "https://evil.example" } }))).status).toBe(200);
  });
});

// A signed-in person's pages are rendered per request (a visitor's landing page and catalog come from the cache).
const signedIn = { headers: { cookie: "next-auth.session-token=abc" } };

describe("proxy: CSP with a per-request nonce and Permissions-Policy", () => {
  it("sets a strict CSP carrying a fresh nonce on the response and on the request Next.js renders", async () => {
    const first = await proxy(request("/", signedIn));
    const second = await proxy(request("/", signedIn));
    const csp = first.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("base-uri 'self'");
    // The logout form is redirected to ID-porten's end-session endpoint.
    expect(csp).toContain(`form-action 'self' ${new URL(process.env.OIDC_ISSUER!).origin}`);
    // Next.js reads the nonce from the request's CSP header (NextResponse.next's overridden request headers).
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(first.headers.get("permissions-policy")).toContain("camera=()");
  });

  it("upgrades insecure requests only when served over https", async () => {
    const plain = (await proxy(request("/", signedIn))).headers.get("content-security-policy");
    const tls = (
      await proxy(request("/", { headers: { ...signedIn.headers, "x-forwarded-proto": "https" } }))
    ).headers.get("content-security-policy");
    expect(plain).not.toContain("upgrade-insecure-requests");
    expect(tls).toContain("upgrade-insecure-requests");
  });

  it("tells the page which path was asked for, overwriting whatever the client sent", async () => {
    const response = await proxy(
      request("/orgs/974761076/approvals/abc?_rsc=1", { headers: { "x-portal-request-path": "//evil.example" } }),
    );
    expect(response.headers.get("x-middleware-request-x-portal-request-path")).toBe("/orgs/974761076/approvals/abc");
  });
});

describe("proxy: a visitor's landing page, catalog and entries from the cache", () => {
  const db = testDb();
  afterAll(() => db.$disconnect());

  it("rewrites to the static page for the visitor's language and the catalog's current revision, without a nonce", async () => {
    const response = await proxy(request("/catalog?page=2", { headers: { "accept-language": "en-GB" } }));
    const revision = await catalogRevision();
    expect(new URL(response.headers.get("x-middleware-rewrite")!).pathname).toBe(`/public/en/${revision}/catalog/2`);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self' 'unsafe-inline'");
    expect(csp).not.toContain("nonce-");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-middleware-request-x-nonce")).toBeNull();
    expect(response.headers.get("permissions-policy")).toContain("camera=()");
    // The same address answers a signed-in person with another page: no shared cache keeps it.
    expect(response.headers.get("cache-control")).toBe("private, no-cache");
    const landing = await proxy(request("/", { headers: { cookie: "NEXT_LOCALE=nn" } }));
    expect(new URL(landing.headers.get("x-middleware-rewrite")!).pathname).toBe("/public/nn");
  });

  it("moves to a new cache key when a change to the catalog commits, whichever process commits it", async () => {
    const path = async () =>
      new URL((await proxy(request("/catalog/skd-any"))).headers.get("x-middleware-rewrite")!).pathname;
    const before = await path();
    const owner = await createOrganisation(db, {});
    await seedResource(db, {
      organisationId: owner.id,
      identifier: `proxy-rev-${uniqueSuffix()}`,
      versions: [{ title: "Revisjon", keyword: "revisjon" }],
      published: { TEST: { version: 1 } },
    });
    // The revision is held in memory and moved on by the trigger's NOTIFY: the new key follows within its delivery.
    await vi.waitFor(async () => expect(await path()).not.toBe(before), { timeout: 2_000, interval: 20 });
    expect(await path()).toMatch(/^\/public\/nb\/\d+\/entry\/skd-any$/);
  });

  it("keeps the nonce-bound page for a search and for a signed-in person", async () => {
    for (const asked of [request("/catalog?q=skatt"), request("/catalog", signedIn)]) {
      const response = await proxy(asked);
      expect(response.headers.get("x-middleware-rewrite")).toBeNull();
      expect(response.headers.get("content-security-policy")).toContain("'strict-dynamic'");
    }
  });

  it("answers the static pages' own paths as not found", async () => {
    for (const path of ["/public/nb", "/public/en/1/catalog/1", "/PUBLIC/nb"]) {
      const response = await proxy(request(path));
      const rewrite = response.headers.get("x-middleware-rewrite");
      expect(rewrite && new URL(rewrite).pathname, path).toBe("/_public-pages-are-not-addressed-directly");
    }
  });
});

describe("proxy: a client cannot hand a cached page a nonce", () => {
  it("drops a CSP or nonce header the client sent before the static page is rendered", async () => {
    const response = await proxy(
      request("/", { headers: { "content-security-policy": "script-src 'nonce-abc'", "x-nonce": "abc" } }),
    );
    expect(response.headers.get("x-middleware-rewrite")).not.toBeNull();
    const overridden = response.headers.get("x-middleware-override-headers")?.split(",") ?? [];
    expect(overridden).not.toContain("content-security-policy");
    expect(overridden).not.toContain("x-nonce");
    expect(overridden).toContain("host");
  });
});
