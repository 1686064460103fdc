import { describe, expect, it } from "vitest";
import { diffDefinitions } from "./diff-definitions";
import { validDefinition } from "./test-fixtures";

// The comparison shows enum values in the reader's words, while comparing the stored values.

describe("definition diff words", () => {
  it("writes enum values, yes/no and optional in the words given, and compares the raw values", () => {
    const after = {
      ...validDefinition,
      accessListMode: "Enabled" as const,
      isOneTimeConsent: true,
      availableForType: ["PrivatePerson" as const, "Company" as const],
      consentMetadata: [{ key: "inntektsaar", optional: true }],
    };
    const words = {
      optional: "(valfri)",
      yes: "Ja",
      no: "Nei",
      option: (field: string, value: string) => `${field}:${value}`,
    };
    const changes = diffDefinitions(validDefinition, after, words);
    expect(changes.map(({ field, before, after }) => ({ field, before, after }))).toEqual([
      { field: "consentMetadata", before: "inntektsaar", after: "inntektsaar (valfri)" },
      { field: "isOneTimeConsent", before: "Nei", after: "Ja" },
      {
        field: "availableForType",
        before: "availableForType:PrivatePerson",
        after: "availableForType:PrivatePerson\navailableForType:Company",
      },
      { field: "accessListMode", before: "accessListMode:Disabled", after: "accessListMode:Enabled" },
    ]);
    // Same raw values, same words: nothing differs.
    expect(diffDefinitions(validDefinition, structuredClone(validDefinition), words)).toEqual([]);
  });
});
