import { describe, expect, it } from "vitest";
import { readStoredDefinition, ZConsentResourceDefinition } from "./resource-definition-schema";
import { validDefinition } from "./test-fixtures";

// ERRORS only: what the Resource Registry itself refuses (ServiceResourceHelper.ValidateResource). Everything the
// registry accepts is accepted here, and named as a warning by definition-problems.ts instead.

const issuesOf = (definition: unknown) => ZConsentResourceDefinition.safeParse(definition).error?.issues ?? [];

describe("ZConsentResourceDefinition", () => {
  it("accepts a complete consent resource", () => {
    expect(ZConsentResourceDefinition.safeParse(validDefinition).success).toBe(true);
  });

  it.each([
    ["too short", "abc", "resourceIdentifier"],
    ["uppercase", "Skd-inntekt", "resourceIdentifier"],
    ["reserved app_", "app_inntekt", "resourceIdentifierReserved"],
    ["reserved se_", "se_inntekt", "resourceIdentifierReserved"],
  ])("refuses an identifier that is %s", (_, identifier, message) => {
    expect(issuesOf({ ...validDefinition, identifier })).toEqual([
      expect.objectContaining({ path: ["identifier"], message }),
    ]);
  });

  it("refuses an identifier over 255 characters and a 4 MB description, each at its field with the maximum", () => {
    const identifier = "a".repeat(256);
    const description = { ...validDefinition.description, nb: "x".repeat(4 * 1024 * 1024) };
    expect(issuesOf({ ...validDefinition, identifier, description })).toEqual([
      expect.objectContaining({ path: ["identifier"], message: "tooLong|255" }),
      expect.objectContaining({ path: ["description", "nb"], message: "tooLong|10000" }),
    ]);
    expect(issuesOf({ ...validDefinition, identifier: "a".repeat(255) })).toEqual([]);
  });

  it("accepts se_ for an Altinn 2 service, which has a ServiceCode and a ServiceEditionCode", () => {
    const otherReferences = [
      { referenceSource: "Altinn2", reference: "4628", referenceType: "ServiceCode" },
      { referenceSource: "Altinn2", reference: "1", referenceType: "ServiceEditionCode" },
    ];
    expect(issuesOf({ ...validDefinition, identifier: "se_4628_1", otherReferences })).toEqual([]);
  });

  it.each(["title", "description", "rightDescription"] as const)("requires every language of %s", (field) => {
    expect(issuesOf({ ...validDefinition, [field]: { ...validDefinition[field], nn: " " } })).toEqual([
      expect.objectContaining({ path: [field, "nn"], message: "required" }),
    ]);
  });

  it("refuses a scope reference that is not a scope name", () => {
    expect(issuesOf({ ...validDefinition, scopeReferences: ["Skd inntekt"] })).toEqual([
      expect.objectContaining({ path: ["scopeReferences", 0], message: "scopeName" }),
    ]);
  });

  it("accepts what the registry accepts: any contact category, no party type, free status, inconsistent consent text", () => {
    const definition = {
      ...validDefinition,
      contactPoints: [{ category: "Tilbakemeldinger", email: "not-an-address", telephone: "", contactPage: "" }],
      availableForType: [],
      status: "Beta",
      consentText: { ...validDefinition.consentText, nb: "For {belop}" },
      consentMetadata: [
        { key: "Inntektsaar", optional: true },
        { key: "Inntektsaar", optional: false },
      ],
      keywords: [{ word: "", language: "se" }],
      consentTemplate: "no-such-template",
    };
    expect(issuesOf(definition)).toEqual([]);
  });

  it("refuses a party type the registry cannot read (ResourcePartyType)", () => {
    expect(issuesOf({ ...validDefinition, availableForType: ["Martian"] })).toEqual([
      expect.objectContaining({ path: ["availableForType", 0] }),
    ]);
  });
});

describe("readStoredDefinition", () => {
  it("gives a version saved before otherReferences existed its default", () => {
    const { otherReferences: _, ...older } = validDefinition;
    expect(readStoredDefinition(older)).toEqual({ ...validDefinition, otherReferences: [] });
  });

  it("returns a version that no longer matches as stored, rather than refusing to show it", () => {
    const odd = { ...validDefinition, isOneTimeConsent: "yes" };
    expect(readStoredDefinition(odd)).toBe(odd);
  });
});
