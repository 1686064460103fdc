import { describe, expect, it } from "vitest";
import { requestPathOf, returnPathWithin } from "./request-path";

describe("the page to return to after signing in", () => {
  it("keeps the path and query asked for, without Next.js' _rsc parameter", () => {
    expect(requestPathOf(new URL("http://localhost:3000/orgs/974761076/approvals/abc?x=1&_rsc=1a2b"))).toBe(
      "/orgs/974761076/approvals/abc?x=1",
    );
  });

  it("returns to a deep link inside the organisation, and to the organisation for anything else", () => {
    const org = "/orgs/974761076";
    expect(returnPathWithin(`${org}/approvals/abc`, org)).toBe(`${org}/approvals/abc`);
    expect(returnPathWithin(`${org}?tab=1`, org)).toBe(`${org}?tab=1`);
    for (const other of [
      null,
      "",
      "/orgs/9747610769/x",
      "//evil.example/orgs/974761076",
      "https://evil.example",
      "/admin",
    ])
      expect(returnPathWithin(other, org)).toBe(org);
  });
});
