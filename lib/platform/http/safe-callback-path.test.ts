import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-callback-path";

describe("safeCallbackPath", () => {
  it.each(["/", "/orgs/974761076", "/orgs/974761076/members?page=2"])("keeps the portal path %s", (path) => {
    expect(safeCallbackPath(path)).toBe(path);
  });

  it.each([
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "https://evil.example",
    "evil",
    42,
    undefined,
  ])("refuses %j", (candidate) => expect(safeCallbackPath(candidate)).toBe("/"));
});
