import { describe, expect, it } from "vitest";
import { isMalformedPath, malformedPathResponse } from "./malformed-path";
import { decodedPathParam, resourceIdentifierParam } from "./route-params";

describe("malformed paths", () => {
  it("finds broken percent-encoding, NUL, controls and encoded lone surrogates in any segment", () => {
    for (const path of [
      "/catalog/%E0%A4%A",
      "/catalog/%ZZ",
      "/orgs/%",
      "/catalog/%00",
      "/orgs/1/%0A",
      "/catalog/%ED%A0%80",
    ]) {
      expect(isMalformedPath(path), path).toBe(true);
    }
    for (const path of [
      "/",
      "/catalog/skd-inntekt",
      "/catalog/%25",
      "/orgs/123456789/resources/a%20b",
      "/catalog/%F0%9F%98%80",
    ]) {
      expect(isMalformedPath(path), path).toBe(false);
    }
  });

  it("answers 404 for the proxy, or null to go on", async () => {
    const response = malformedPathResponse(new Request("http://portal.example/catalog/%E0%A4%A"));
    expect(response?.status).toBe(404);
    expect(malformedPathResponse(new Request("http://portal.example/catalog/skd-inntekt"))).toBeNull();
  });

  it("decodes path parameters safely, and takes only what can be a resource identifier", () => {
    expect(decodedPathParam("%E0%A4%A")).toBeNull();
    expect(decodedPathParam("a%00")).toBeNull();
    expect(decodedPathParam("a%20b")).toBe("a b");
    expect(resourceIdentifierParam("skd-inntekt_1")).toBe("skd-inntekt_1");
    for (const bad of ["%00", "a%00bcd", "%E0%A4%A", "abc", "ABCD", "a%2Fbcd", undefined]) {
      expect(resourceIdentifierParam(bad), String(bad)).toBeNull();
    }
  });
});
