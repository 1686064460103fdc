import { describe, expect, it } from "vitest";
import { consentTextProblems, ZConsentResourceDefinition } from "./resource-definition-schema";
import { validDefinition } from "./test-fixtures";

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
    const result = ZConsentResourceDefinition.safeParse({ ...validDefinition, identifier });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["identifier"], message })]);
  });

  it("requires every language of the title", () => {
    const result = ZConsentResourceDefinition.safeParse({ ...validDefinition, title: { ...validDefinition.title, nn: " " } });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["title", "nn"], message: "required" })]);
  });

  it("names a placeholder that has no metadata key, in the language where it is", () => {
    const consentText = { ...validDefinition.consentText, en: "Income for {inntektsaar} and {belop}." };
    const result = ZConsentResourceDefinition.safeParse({ ...validDefinition, consentText });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ["consentText", "en"], message: "placeholderUndeclared|belop" }),
    ]);
  });

  it("names a metadata key that a text does not use", () => {
    const consentMetadata = [...validDefinition.consentMetadata, { key: "formaal", optional: true }];
    const problems = consentTextProblems({ ...validDefinition, consentMetadata });
    expect(problems.map((p) => `${p.language}:${p.message}:${p.key}`)).toEqual([
      "nb:metadataUnused:formaal",
      "nn:metadataUnused:formaal",
      "en:metadataUnused:formaal",
    ]);
  });

  it("refuses metadata keys that are not lowercase a-z, and duplicates", () => {
    const result = ZConsentResourceDefinition.safeParse({
      ...validDefinition,
      consentMetadata: [{ key: "inntektsaar", optional: false }, { key: "Belop", optional: false }, { key: "inntektsaar", optional: true }],
    });
    const messages = result.error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toContain("metadataKey");
    expect(messages).toContain("metadataKeyDuplicate|inntektsaar");
  });

  it("refuses a link that is neither http(s) nor a placeholder", () => {
    const consentText = { ...validDefinition.consentText, nb: `${validDefinition.consentText.nb} [klikk](javascript:alert(1))` };
    const problems = consentTextProblems({ ...validDefinition, consentText });
    expect(problems).toEqual([expect.objectContaining({ message: "consentTextLink", language: "nb" })]);
  });
});
