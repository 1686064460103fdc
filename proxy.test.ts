import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
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
  ])("refuses %s with 403", (_, path, headers) => {
    for (const origin of ["https://evil.example", "http://localhost:3000.evil.example", "null"]) {
      const response = proxy(request(path, { method: "POST", headers: { origin, ...headers } }));
      expect(response.status).toBe(403);
    }
  });

  it.each(["PUT", "PATCH", "DELETE"])("refuses %s from a foreign Origin", (method) => {
    expect(proxy(request("/api/x", { method, headers: { origin: "https://evil.example" } })).status).toBe(403);
  });

  it("lets the portal's own pages post, also behind a proxy that names the public host", () => {
    const own = proxy(request("/orgs/974761076/members", { method: "POST", headers: { origin: portal } }));
    expect(own.status).toBe(200);
    const behind = proxy(
      request("/api/logout", {
        method: "POST",
        headers: { origin: "https://portal.example", host: "10.0.0.5:3000", "x-forwarded-host": "portal.example" },
      }),
    );
    expect(behind.status).toBe(200);
  });

  it("lets a foreign page link to the portal (GET)", () => {
    expect(proxy(request("/catalog", { headers: { origin: "https://evil.example" } })).status).toBe(200);
  });
});

describe("proxy: CSP with a per-request nonce and Permissions-Policy", () => {
  it("sets a strict CSP carrying a fresh nonce on the response and on the request Next.js renders", () => {
    const first = proxy(request("/"));
    const second = proxy(request("/"));
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

  it("upgrades insecure requests only when served over https", () => {
    const plain = proxy(request("/")).headers.get("content-security-policy");
    const tls = proxy(request("/", { headers: { "x-forwarded-proto": "https" } })).headers.get(
      "content-security-policy",
    );
    expect(plain).not.toContain("upgrade-insecure-requests");
    expect(tls).toContain("upgrade-insecure-requests");
  });

  it("tells the page which path was asked for, overwriting whatever the client sent", () => {
    const response = proxy(
      request("/orgs/974761076/approvals/abc?_rsc=1", { headers: { "x-portal-request-path": "//evil.example" } }),
    );
    expect(response.headers.get("x-middleware-request-x-portal-request-path")).toBe("/orgs/974761076/approvals/abc");
  });
});
