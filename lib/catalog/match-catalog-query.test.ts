import { describe, expect, it } from "vitest";
import { catalogSearchTerms } from "./match-catalog-query";

describe("catalog search terms", () => {
  it("splits on whitespace, lowercases Norwegian letters and ignores an empty query", () => {
    expect(catalogSearchTerms("  Lønn   SKATTEETATEN ")).toEqual(["lønn", "skatteetaten"]);
    expect(catalogSearchTerms("ÆØÅ")).toEqual(["æøå"]);
    expect(catalogSearchTerms("")).toEqual([]);
    expect(catalogSearchTerms(undefined)).toEqual([]);
  });

  it("caps an overlong query instead of searching with it whole", () => {
    expect(catalogSearchTerms("a".repeat(1000))[0]).toHaveLength(200);
  });
});
