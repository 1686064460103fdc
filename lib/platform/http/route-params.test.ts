import { describe, expect, it } from "vitest";
import { orgNumberParam, uuidParam } from "./route-params";

describe("uuidParam", () => {
  it("keeps a UUID", () => {
    const id = crypto.randomUUID();
    expect(uuidParam(id)).toBe(id);
  });

  // The old page check (/^[0-9a-f-]{36}$/) let 36 hyphens through to a `::uuid` cast that PostgreSQL refuses.
  it.each(["-".repeat(36), "not-a-uuid", `${crypto.randomUUID()}x`, "", undefined, ["a"]])("refuses %j", (value) => {
    expect(uuidParam(value)).toBeNull();
  });
});

describe("orgNumberParam", () => {
  it("keeps nine digits and refuses anything else", () => {
    expect(orgNumberParam("974761076")).toBe("974761076");
    for (const value of ["97476107", "9747610760", "97476107a", undefined]) expect(orgNumberParam(value)).toBeNull();
  });
});
