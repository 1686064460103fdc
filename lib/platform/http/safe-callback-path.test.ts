import { describe, expect, it } from "vitest";
import { safeCallbackPath, safeRedirectUrl } from "./safe-callback-path";

describe("safeCallbackPath", () => {
  it.each(["/", "/orgs/974761076", "/orgs/974761076/members?page=2"])("keeps the portal path %s", (path) => {
    expect(safeCallbackPath(path)).toBe(path);
  });

  it("normalises dot segments that stay inside the portal", () => {
    expect(safeCallbackPath("/orgs/../catalog")).toBe("/catalog");
  });

  it.each([
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "https://evil.example",
    "evil",
    // The finding: `..` is removed by the URL parser and leaves a protocol-relative `//evil.example`.
    "/..//evil.example",
    "/../..//evil.example/x",
    "/.//evil.example",
    "/%2e%2e//evil.example",
    42,
    undefined,
  ])("refuses %j", (candidate) => expect(safeCallbackPath(candidate)).toBe("/"));
});

describe("safeRedirectUrl (next-auth's redirect callback)", () => {
  const baseUrl = "http://localhost:3000";

  it.each([
    ["/orgs/974761076", "http://localhost:3000/orgs/974761076"],
    ["http://localhost:3000/catalog?q=x", "http://localhost:3000/catalog?q=x"],
  ])("keeps %s", (url, expected) => expect(safeRedirectUrl(url, baseUrl)).toBe(expected));

  it.each([
    "https://evil.example/",
    "//evil.example",
    "/..//evil.example",
    "http://localhost:3000/..//evil.example",
    "evil.example",
    "http://[::1",
    "",
  ])("sends %j home without throwing", (url) => expect(safeRedirectUrl(url, baseUrl)).toBe("http://localhost:3000/"));
});
