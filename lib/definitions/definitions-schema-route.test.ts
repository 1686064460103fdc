import { describe, expect, it } from "vitest";
import { definitionsSchemaRoute } from "./definitions-schema-route";

describe("GET /api/v1/schemas/definitions.json", () => {
  it("answers the document's JSON Schema, public and cacheable", async () => {
    const response = definitionsSchemaRoute();
    expect(response.headers.get("content-type")).toContain("application/schema+json");
    expect(response.headers.get("cache-control")).toContain("public");
    const schema = await response.json();
    expect(schema).toMatchObject({ $id: "/api/v1/schemas/definitions.json", type: "object" });
    expect(schema.properties.prune.description).toContain("not managed by this document");
    expect(schema.required).toEqual(expect.arrayContaining(["apiVersion", "kind", "organisation", "environment"]));
  });
});
