import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce } from "./security-headers";

const base = { dev: false, https: true, formTargets: ["https://login.example"] };

// What both kinds of page keep: nothing from elsewhere, no plugins, no <base>, no framing, forms only to the portal
// and the identity provider.
const STRICT_PARTS = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self' https://login.example",
  "frame-ancestors 'none'",
  "connect-src 'self'",
  "upgrade-insecure-requests",
];

describe("the Content-Security-Policy", () => {
  it("binds a page rendered per request to its nonce: no inline script or style without it", () => {
    const nonce = createNonce();
    const csp = contentSecurityPolicy({ ...base, nonce });
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp).toContain(`style-src 'self' 'nonce-${nonce}'`);
    expect(csp).not.toContain("unsafe-inline");
    for (const part of STRICT_PARTS) expect(csp).toContain(part);
  });

  it("lets a cached public page (no nonce) run its inline scripts, keeping everything else as strict", () => {
    const csp = contentSecurityPolicy({ ...base, nonce: null });
    expect(csp).toContain("script-src 'self' 'unsafe-inline'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).not.toContain("nonce-");
    expect(csp).not.toContain("strict-dynamic");
    expect(csp).not.toContain("unsafe-eval");
    for (const part of STRICT_PARTS) expect(csp).toContain(part);
  });

  it("allows eval only in development", () => {
    expect(contentSecurityPolicy({ ...base, dev: true, nonce: null })).toContain("'unsafe-inline' 'unsafe-eval'");
    expect(contentSecurityPolicy({ ...base, dev: true, nonce: "abc" })).toContain("'strict-dynamic' 'unsafe-eval'");
  });
});
