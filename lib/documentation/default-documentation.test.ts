import { describe, expect, it } from "vitest";
import { validDefinition } from "@/lib/consent-resources/test-fixtures";
import { defaultContact, defaultDocumentation, defaultSteps } from "./default-documentation";

describe("the default steps for consumers", () => {
  it("lists the client, the consent API scopes, the resource's scopes and the integration, numbered", () => {
    const steps = defaultSteps({ locale: "en", definition: validDefinition, ownerName: "Skatteetaten" });
    const lines = steps.split("\n");
    expect(lines).toHaveLength(4);
    expect(lines.map((line) => line.slice(0, 3))).toEqual(["1. ", "2. ", "3. ", "4. "]);
    expect(lines[0]).toContain("Maskinporten client");
    expect(lines[1]).toContain("`altinn:consentrequests.read`, `altinn:consentrequests.write`");
    expect(lines[2]).toContain("Ask Skatteetaten for access to the scopes `skd:inntekt.read`");
    expect(lines[3]).toContain("`skd-inntekt-samtykke`");
    expect(lines[3]).toContain("with the metadata `inntektsaar`");
  });

  it("adds the access list step only when the resource uses an access list, and marks optional metadata", () => {
    const definition = {
      ...validDefinition,
      accessListMode: "Enabled" as const,
      scopeReferences: ["skd:inntekt.read", "skd:formue.read"],
      consentMetadata: [
        { key: "inntektsaar", optional: false },
        { key: "kommune", optional: true },
      ],
    };
    const steps = defaultSteps({ locale: "en", definition, ownerName: "Skatteetaten" });
    expect(steps.split("\n")).toHaveLength(5);
    expect(steps).toContain("4. **Access list.** Skatteetaten decides who may request consent");
    expect(steps).toContain("`skd:inntekt.read`, `skd:formue.read`");
    expect(steps).toContain("`inntektsaar`, `kommune`");
  });

  it("writes Bokmål for the Norwegian interface and handles a resource without scopes or metadata", () => {
    const definition = { ...validDefinition, scopeReferences: [], consentMetadata: [] };
    const steps = defaultSteps({ locale: "nb", definition, ownerName: "Skatteetaten" });
    expect(steps).toContain("Maskinporten-klient");
    expect(steps).toContain("Spør Skatteetaten hvilke scopes API-et krever.");
    expect(steps).not.toContain("metadata");
  });

  it("escapes Markdown and HTML in the owner's name, so it reads as text", () => {
    const steps = defaultSteps({
      locale: "en",
      definition: validDefinition,
      ownerName: "<b>Evil</b> [x](javascript:alert)",
    });
    expect(steps).toContain("\\<b\\>Evil\\</b\\> \\[x\\]\\(javascript:alert\\)");
  });
});

describe("the default contact", () => {
  it("lists each contact point with its category, e-mail link, telephone and page", () => {
    const definition = {
      contactPoints: [
        { category: "Support" as const, email: "samtykke@example.org", telephone: "+47 22 00 00 00", contactPage: "" },
        { category: "Technical" as const, email: "", telephone: "", contactPage: "https://example.org/kontakt" },
      ],
    };
    expect(defaultContact({ locale: "en", definition }).split("\n")).toEqual([
      "- **Support:** [samtykke@example\\.org](mailto:samtykke@example.org) · \\+47 22 00 00 00",
      "- **Technical:** [Contact page](https://example.org/kontakt)",
    ]);
  });

  it("starts the documentation with the steps and the contact, and nothing else", () => {
    const documentation = defaultDocumentation({
      locale: "en",
      definition: validDefinition,
      ownerName: "Skatteetaten",
    });
    expect(documentation.requiredAccess).toBe("");
    expect(documentation.sections).toEqual([]);
    expect(documentation.contact).toContain("mailto:samtykke@example.org");
  });
});
