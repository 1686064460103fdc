import { describe, expect, it } from "vitest";
import { readRealJson } from "@/test/openapi/realdata";
import { parseConsentTemplates } from "@/lib/consent-templates/consent-template-schema";
import { consentTextProblems, definitionProblems } from "./definition-problems";
import { validDefinition } from "./test-fixtures";

// WARNINGS: what the registry accepts but the portal must not publish. They name their field and key.

const { templates } = parseConsentTemplates(readRealJson<unknown[]>("consent_templates.authz-test.json"));
const summary = (
  definition: Parameters<typeof definitionProblems>[0],
  context?: Parameters<typeof definitionProblems>[1],
) => definitionProblems(definition, context).map((p) => [p.path.join("."), p.message, p.key ?? ""]);

describe("definitionProblems", () => {
  it("finds nothing in a complete, consistent resource (template checked against Altinn's catalogue)", () => {
    expect(definitionProblems(validDefinition, { templates, ownerOrgCode: "skd" })).toEqual([]);
  });

  it("names a placeholder that has no metadata key, in the language where it is", () => {
    const consentText = { ...validDefinition.consentText, en: "Income for {inntektsaar} and {belop}." };
    expect(summary({ ...validDefinition, consentText })).toEqual([
      ["consentText.en", "placeholderUndeclared", "belop"],
    ]);
  });

  it("names a metadata key that a text does not use, in every language", () => {
    const consentMetadata = [...validDefinition.consentMetadata, { key: "formaal", optional: true }];
    expect(
      consentTextProblems({ ...validDefinition, consentMetadata }).map((p) => `${p.language}:${p.message}:${p.key}`),
    ).toEqual(["nb:metadataUnused:formaal", "nn:metadataUnused:formaal", "en:metadataUnused:formaal"]);
  });

  it("names metadata keys that are not lowercase a-z, empty, or declared twice", () => {
    const consentMetadata = [
      { key: "inntektsaar", optional: false },
      { key: "Belop", optional: false },
      { key: "", optional: false },
      { key: "inntektsaar", optional: true },
    ];
    const keyProblems = summary({ ...validDefinition, consentMetadata }).filter(([path]) =>
      path?.startsWith("consentMetadata"),
    );
    expect(keyProblems).toEqual([
      ["consentMetadata.1.key", "metadataKey", "Belop"],
      ["consentMetadata.2.key", "metadataKeyEmpty", ""],
      ["consentMetadata.3.key", "metadataKeyDuplicate", "inntektsaar"],
    ]);
  });

  it("names a link that is neither http(s) nor a placeholder, and an empty text", () => {
    const consentText = {
      ...validDefinition.consentText,
      nb: `${validDefinition.consentText.nb} [klikk](javascript:alert(1))`,
      nn: " ",
    };
    expect(summary({ ...validDefinition, consentText })).toEqual([
      // A Markdown link target ends at the first ")".
      ["consentText.nb", "consentTextLink", "javascript:alert(1"],
      ["consentText.nn", "consentTextMissing", ""],
    ]);
  });

  it("names an unknown contact category, a malformed address and page, and a missing party type and status", () => {
    const definition = {
      ...validDefinition,
      contactPoints: [
        { category: "Tilbakemeldinger", email: "survey(at)stami.no", telephone: "", contactPage: "stami.no" },
      ],
      availableForType: [],
      status: "",
      keywords: [{ word: " ", language: "se" }],
    };
    expect(summary(definition)).toEqual([
      ["availableForType", "availableForMissing", ""],
      ["status", "statusUnknown", ""],
      ["keywords.0.word", "keywordEmpty", ""],
      ["keywords.0.language", "keywordLanguage", "se"],
      ["contactPoints.0.category", "contactCategoryUnknown", "Tilbakemeldinger"],
      ["contactPoints.0.email", "contactEmail", "survey(at)stami.no"],
      ["contactPoints.0.contactPage", "contactPage", "stami.no"],
    ]);
    expect(summary({ ...validDefinition, contactPoints: [] })).toEqual([["contactPoints", "contactPointMissing", ""]]);
  });

  it("checks the template against the catalogue: unknown, reserved for other owners (ids ignoring case)", () => {
    expect(summary({ ...validDefinition, consentTemplate: "nope" }, { templates, ownerOrgCode: "skd" })).toEqual([
      ["consentTemplate", "consentTemplateUnknown", "nope"],
    ]);
    expect(
      summary({ ...validDefinition, consentTemplate: "sblanesoknad" }, { templates, ownerOrgCode: "stami" }),
    ).toEqual([["consentTemplate", "consentTemplateRestricted", "sblanesoknad"]]);
    expect(
      summary({ ...validDefinition, consentTemplate: "SBLANESOKNAD" }, { templates, ownerOrgCode: "SKD" }),
    ).toEqual([]);
    // Without the catalogue (it could not be read) the template is not judged; an empty one always is.
    expect(summary({ ...validDefinition, consentTemplate: "nope" })).toEqual([]);
    expect(summary({ ...validDefinition, consentTemplate: "" })).toEqual([
      ["consentTemplate", "consentTemplateMissing", ""],
    ]);
  });

  it("copes with a draft whose parts are still missing", () => {
    expect(() => definitionProblems({ identifier: "skd-x" })).not.toThrow();
  });
});
