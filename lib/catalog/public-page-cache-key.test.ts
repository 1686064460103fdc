import type { IncomingMessage } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { publicPageCacheKey, publishCatalogRevisionPeek } from "./public-page-cache-key";

const request = (url: string, headers: Record<string, string> = {}) =>
  ({ method: "GET", url, headers, socket: {} }) as unknown as IncomingMessage;

afterEach(() => publishCatalogRevisionPeek(() => null));

describe("the key of a visitor's public page", () => {
  it("names the page the proxy rewrites to, under the revision the proxy holds, and the scheme", () => {
    publishCatalogRevisionPeek(() => "42");
    expect(publicPageCacheKey(request("/catalog?page=2", { "accept-language": "en-GB" }))).toMatchObject({
      key: "http /public/en/42/catalog/2",
      expectedRewrite: "/public/en/42/catalog/2",
    });
    expect(publicPageCacheKey(request("/", { cookie: "NEXT_LOCALE=nn", "x-forwarded-proto": "https" }))).toMatchObject({
      key: "https /public/nn",
      expectedRewrite: "/public/nn",
    });
    expect(publicPageCacheKey(request("/catalog/skd-x"))?.expectedRewrite).toBe("/public/nb/42/entry/skd-x");
  });

  it("keeps only what Next.js served from its own cache for the page the key names, for as long as the key lives", () => {
    publishCatalogRevisionPeek(() => "42");
    const found = publicPageCacheKey(request("/catalog"))!;
    const scope = { personalUntil: null, refused: null };
    const hit = { "x-nextjs-cache": "HIT", "x-middleware-rewrite": "/public/nb/42/catalog/1" };
    expect(found.keepUntil(hit, scope)).toBe(Number.POSITIVE_INFINITY);
    expect(found.keepUntil({ ...hit, "x-nextjs-cache": "MISS" }, scope)).toBeNull();
    expect(found.keepUntil({ ...hit, "x-middleware-rewrite": "/public/nb/41/catalog/1" }, scope)).toBeNull();
  });

  it("has no key for a signed-in person, a search, or a catalog page while the proxy holds no revision", () => {
    publishCatalogRevisionPeek(() => "42");
    expect(publicPageCacheKey(request("/catalog", { cookie: "next-auth.session-token=x" }))).toBeNull();
    expect(publicPageCacheKey(request("/catalog?q=skatt"))).toBeNull();
    expect(publicPageCacheKey({ ...request("/"), method: "POST" } as IncomingMessage)).toBeNull();
    publishCatalogRevisionPeek(() => null);
    expect(publicPageCacheKey(request("/catalog"))).toBeNull();
    expect(publicPageCacheKey(request("/"))?.key).toBe("http /public/nb");
  });
});
