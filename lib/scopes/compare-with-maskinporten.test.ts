import { describe, expect, it } from "vitest";
import { differingFields } from "./compare-with-maskinporten";
import type { TScope } from "./scope-dto";

const portal: TScope = {
  id: "00000000-0000-4000-8000-000000000000",
  environment: "test",
  name: "skd:inntekt.read",
  prefix: "skd",
  subscope: "inntekt.read",
  description: "Inntekt",
  longDescription: null,
  visibility: "PUBLIC",
  tokenLifetimeSeconds: null,
  allowedIntegrationTypes: ["maskinporten", "krr"],
  active: true,
  version: 1,
};
const upstream = {
  name: "skd:inntekt.read",
  prefix: "skd",
  subscope: "inntekt.read",
  description: "Inntekt",
  long_description: "",
  visibility: "PUBLIC",
  at_max_age: 120,
  allowed_integration_types: ["krr", "maskinporten"],
  active: true,
};

describe("differingFields", () => {
  it("finds nothing when Maskinporten has the same (order of types, empty vs. missing long description, default lifetime)", () => {
    expect(differingFields(portal, upstream)).toEqual([]);
  });

  it("names each field that differs", () => {
    expect(
      differingFields(
        { ...portal, tokenLifetimeSeconds: 600 },
        {
          ...upstream,
          description: "Changed in Digdir's UI",
          visibility: "PRIVATE",
          active: false,
          allowed_integration_types: ["maskinporten"],
        },
      ),
    ).toEqual(["description", "visibility", "tokenLifetimeSeconds", "allowedIntegrationTypes", "active"]);
  });

  it("compares the long description as text", () => {
    expect(differingFields({ ...portal, longDescription: "Mer" }, upstream)).toEqual(["longDescription"]);
  });
});
