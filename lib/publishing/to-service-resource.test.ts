import { describe, expect, it } from "vitest";
import { validDefinition } from "@/lib/consent-resources/test-fixtures";
import { toServiceResource } from "./to-service-resource";

const owner = { orgNumber: "974761076", orgCode: "skd", name: "Skatteetaten" };

describe("toServiceResource", () => {
  it("maps a definition to the registry's ServiceResource JSON for a consent resource", () => {
    const resource = toServiceResource(validDefinition, owner, { version: 3 });
    expect(resource).toEqual({
      identifier: "skd-inntekt-samtykke",
      version: "3",
      title: validDefinition.title,
      description: validDefinition.description,
      rightDescription: validDefinition.rightDescription,
      status: "UnderDevelopment",
      contactPoints: [{ category: "Support", email: "samtykke@example.org", telephone: "", contactPage: "" }],
      resourceReferences: [
        { referenceSource: "Default", reference: "skd:inntekt.read", referenceType: "MaskinportenScope" },
      ],
      delegable: true,
      visible: true,
      hasCompetentAuthority: {
        organization: "974761076",
        orgcode: "skd",
        name: { nb: "Skatteetaten", nn: "Skatteetaten", en: "Skatteetaten" },
      },
      keywords: [{ word: "inntekt", language: "nb" }],
      accessListMode: "Disabled",
      resourceType: "Consent",
      availableForType: ["PrivatePerson"],
      consentTemplate: "default",
      consentText: validDefinition.consentText,
      consentMetadata: { inntektsaar: { optional: false } },
      isOneTimeConsent: false,
    });
  });

  it("turns metadata keys into an object keyed by name with their optional flag", () => {
    const definition = {
      ...validDefinition,
      consentMetadata: [
        { key: "inntektsaar", optional: false },
        { key: "belop", optional: true },
      ],
    };
    expect(toServiceResource(definition, owner, { version: 1 }).consentMetadata).toEqual({
      inntektsaar: { optional: false },
      belop: { optional: true },
    });
  });

  it("publishes a list-restricted resource with accessListMode Disabled (restricted by its policy) and keeps Altinn 2 references", () => {
    const definition = {
      ...validDefinition,
      accessListMode: "Enabled" as const,
      otherReferences: [{ referenceSource: "Altinn2", reference: "4628", referenceType: "ServiceCode" }],
    };
    const resource = toServiceResource(definition, owner, { version: 1 });
    expect(resource.accessListMode).toBe("Disabled");
    expect(resource.resourceReferences).toEqual([
      { referenceSource: "Default", reference: "skd:inntekt.read", referenceType: "MaskinportenScope" },
      { referenceSource: "Altinn2", reference: "4628", referenceType: "ServiceCode" },
    ]);
  });

  it("overrides the status when withdrawing, and does not share arrays with the definition", () => {
    const resource = toServiceResource(validDefinition, owner, { version: 1, status: "Withdrawn" });
    expect(resource.status).toBe("Withdrawn");
    resource.availableForType?.push("Company");
    expect(validDefinition.availableForType).toEqual(["PrivatePerson"]);
  });
});
