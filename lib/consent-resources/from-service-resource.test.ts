import { describe, expect, it } from "vitest";
import { parseConsentTemplates } from "@/lib/consent-templates/consent-template-schema";
import { toServiceResource } from "@/lib/publishing/to-service-resource";
import { ZServiceResource } from "@/lib/platform/upstream/resource-registry-client";
import { readRealJson } from "@/test/openapi/realdata";
import { definitionProblems } from "./definition-problems";
import { fromServiceResource } from "./from-service-resource";
import { migratedResourceId } from "./migrated-resource-id";
import { ZConsentResourceDefinition } from "./resource-definition-schema";
import { validDefinition } from "./test-fixtures";

// The portal reads every resource the registry holds, using Altinn's own examples (altinn-resource-registry,
// test/Altinn.ResourceRegistry.Tests/Data/Resources/*.json, read from ../shared/realdata): nothing is refused, and
// what is inconsistent is named as a warning.

const real = (name: string) => fromServiceResource(ZServiceResource.parse(readRealJson(name)));
const { templates } = parseConsentTemplates(readRealJson<unknown[]>("consent_templates.authz-test.json"));
const warnings = (definition: ReturnType<typeof real>, ownerOrgCode: string) =>
  definitionProblems(definition, { templates, ownerOrgCode }).map((p) =>
    `${p.path.join(".")} ${p.message} ${p.key ?? ""}`.trim(),
  );

describe("fromServiceResource with Altinn's real resources", () => {
  it("reads stami-samtykke-must: a contact category of its own is a warning, not a refusal", () => {
    const definition = real("resource.stami-samtykke-must.json");
    expect(ZConsentResourceDefinition.safeParse(definition).error?.issues ?? []).toEqual([]);
    expect(definition).toMatchObject({
      identifier: "stami-samtykke-must",
      consentTemplate: "samtykkemal_simpleconsent",
      consentMetadata: [
        { key: "virksomhet", optional: false },
        { key: "samtykkelink", optional: false },
      ],
      contactPoints: [{ category: "Tilbakemeldinger", email: "survey@stami.no", telephone: "", contactPage: "" }],
      availableForType: ["PrivatePerson"],
      scopeReferences: [],
      otherReferences: [],
    });
    expect(warnings(definition, "stami")).toEqual(["contactPoints.0.category contactCategoryUnknown Tilbakemeldinger"]);
  });

  it("reads the migrated skd-migrert-4628-1: no availableForType, undeclared placeholder, Altinn 2 references kept", () => {
    const definition = real("resource.skd-migrert-4628-1-7381.json");
    expect(ZConsentResourceDefinition.safeParse(definition).error?.issues ?? []).toEqual([]);
    expect(definition.otherReferences).toEqual([
      { referenceSource: "Altinn2", reference: "4628", referenceType: "ServiceCode" },
      { referenceSource: "Altinn2", reference: "1", referenceType: "ServiceEditionCode" },
      { referenceSource: "Altinn2", reference: "7381", referenceType: "ServiceEditionVersion" },
    ]);
    expect(migratedResourceId({ orgCode: "SKD", otherReferences: definition.otherReferences })).toBe("skd_4628_1");
    expect(warnings(definition, "skd")).toEqual([
      ...["nb", "nn", "en"].flatMap((language) => [
        `consentText.${language} placeholderUndeclared inntektsaar`,
        `consentText.${language} metadataUnused virksomhet`,
        `consentText.${language} metadataUnused samtykkelink`,
      ]),
      "availableForType availableForMissing",
      "contactPoints.0.category contactCategoryUnknown Tilbakemeldinger",
    ]);
  });

  it("is the inverse of toServiceResource for the portal's own definitions", () => {
    const owner = { orgNumber: "974761076", orgCode: "skd", name: "Skatteetaten" };
    expect(fromServiceResource(toServiceResource(validDefinition, owner, { version: 3 }))).toEqual(validDefinition);
  });
});
