import { describe, expect, it } from "vitest";
import { catalogSearchTerms, MAX_QUERY_TERMS, termMatchers } from "./catalog-search-terms";

describe("catalog search terms", () => {
  it("splits on whitespace, lowercases Norwegian letters and ignores an empty query", () => {
    expect(catalogSearchTerms("  Lønn   SKATTEETATEN ")).toEqual(["lønn", "skatteetaten"]);
    expect(catalogSearchTerms("ÆØÅ")).toEqual(["æøå"]);
    expect(catalogSearchTerms("")).toEqual([]);
    expect(catalogSearchTerms(undefined)).toEqual([]);
  });

  it("caps an overlong query instead of searching with it whole", () => {
    expect(catalogSearchTerms("a".repeat(1000))[0]).toHaveLength(200);
    expect(catalogSearchTerms("a b c d e f g h i j k l")).toHaveLength(MAX_QUERY_TERMS);
  });

  it("keeps only letters and digits in the full-text query and escapes LIKE's wildcards", () => {
    expect(termMatchers("a-meldingen")).toEqual({ prefixQuery: "a:* & meldingen:*", pattern: "%a-meldingen%" });
    expect(termMatchers("x'):*|!(y")).toEqual({ prefixQuery: "x:* & y:*", pattern: "%x'):*|!(y%" });
    expect(termMatchers("100%_\\")).toEqual({ prefixQuery: "100:*", pattern: "%100\\%\\_\\\\%" });
    expect(termMatchers("&&")).toEqual({ prefixQuery: null, pattern: "%&&%" });
  });
});
