import { describe, expect, it } from "vitest";
import { isPublicPagesPath, publicPageFor, publicPagePath, type TPublicPageRequest } from "./public-page-request";

function ask(path: string, init: Partial<Omit<TPublicPageRequest, "pathname" | "searchParams">> = {}) {
  const url = new URL(path, "http://portal.test");
  return publicPageFor({
    method: "GET",
    cookies: [],
    acceptLanguage: null,
    ...init,
    pathname: url.pathname,
    searchParams: url.searchParams,
  });
}

/** Where the proxy would send the request under catalog revision 42; null when the portal renders it. */
function target(path: string, init: Parameters<typeof ask>[1] = {}) {
  const found = ask(path, init);
  return found && publicPagePath(found.page, found.locale, "42");
}

describe("which requests get the cached public pages", () => {
  // A visitor's landing page, catalog pages and entries, the catalog's under its revision; also the client router's
  // payload requests (`_rsc`).
  it.each([
    ["/", "/public/nb"],
    ["/catalog", "/public/nb/42/catalog/1"],
    ["/catalog?page=3", "/public/nb/42/catalog/3"],
    ["/catalog/skd-inntekt_1", "/public/nb/42/entry/skd-inntekt_1"],
    ["/catalog?_rsc=abc12", "/public/nb/42/catalog/1"],
  ])("sends a visitor's %s to the static page %s", (path, expected) => {
    expect(target(path)).toBe(expected);
    expect(target(path, { method: "HEAD" })).toBe(expected);
  });

  it("picks the language as the portal does: the chosen one (cookie), else the browser's, else bokmål", () => {
    expect(target("/catalog", { acceptLanguage: "en-GB,en;q=0.9" })).toBe("/public/en/42/catalog/1");
    expect(target("/", { acceptLanguage: "nn-NO,nb;q=0.8" })).toBe("/public/nn");
    expect(target("/", { acceptLanguage: "no" })).toBe("/public/nb");
    expect(target("/", { acceptLanguage: "de-DE" })).toBe("/public/nb");
    const chosen = [{ name: "NEXT_LOCALE", value: "nn" }];
    expect(target("/catalog", { cookies: chosen, acceptLanguage: "en" })).toBe("/public/nn/42/catalog/1");
    // A cookie value the portal does not offer counts as none.
    expect(target("/", { cookies: [{ name: "NEXT_LOCALE", value: "sv" }], acceptLanguage: "en" })).toBe("/public/en");
  });

  it("leaves a signed-in person's requests to the portal, whichever session cookie (or chunk of it) they carry", () => {
    for (const name of ["next-auth.session-token", "next-auth.session-token.0", "__Secure-next-auth.session-token"]) {
      expect(ask("/catalog", { cookies: [{ name, value: "x" }] })).toBeNull();
      expect(ask("/", { cookies: [{ name, value: "x" }] })).toBeNull();
    }
    expect(target("/", { cookies: [{ name: "next-auth.csrf-token", value: "x" }] })).toBe("/public/nb");
  });

  it("leaves searches, odd page numbers, other methods and other paths to the portal", () => {
    for (const path of [
      "/catalog?q=skatt",
      "/catalog?q=",
      "/catalog?page=0",
      "/catalog?page=02",
      "/catalog?page=abc",
      "/catalog?page=1001",
      "/catalog?page=1&page=2",
      "/catalog?utm_source=x",
      "/?page=2",
      "/catalog/skd-inntekt?page=2",
      "/catalog/UPPER",
      "/catalog/abc",
      "/catalog/%E0%A4%A",
      "/catalog/a/b",
      "/catalog/",
      "/orgs/974761076",
      "/signin",
      "/api/health",
    ]) {
      expect(ask(path), path).toBeNull();
    }
    expect(ask("/catalog", { method: "POST" })).toBeNull();
  });

  it("knows the static pages' own paths, however they are spelled, so they are not a second address", () => {
    for (const path of ["/public", "/public/nb", "/public/nb/42/catalog/1", "/PUBLIC/nb", "/%70ublic/nb"]) {
      expect(isPublicPagesPath(path), path).toBe(true);
    }
    for (const path of ["/", "/catalog", "/publications", "/public-x"]) {
      expect(isPublicPagesPath(path), path).toBe(false);
    }
  });
});
