import type { TConsentResourceDefinition } from "./resource-definition-schema";

// A complete, valid consent resource definition for tests (unit and e2e).
export const localized = (text: string) => ({ nb: `${text} (nb)`, nn: `${text} (nn)`, en: `${text} (en)` });

export const validDefinition: TConsentResourceDefinition = {
  identifier: "skd-inntekt-samtykke",
  title: localized("Inntektsopplysninger"),
  description: localized("Inntekt fra a-meldingen"),
  rightDescription: localized("Rett til å dele inntekt"),
  consentTemplate: "default",
  consentText: {
    nb: "Du samtykker til at vi deler inntekten din for {inntektsaar}. Les [vilkårene](https://example.org/vilkar).",
    nn: "Du samtykkjer til at vi deler inntekta di for {inntektsaar}.",
    en: "You consent to us sharing your income for {inntektsaar}.",
  },
  consentMetadata: [{ key: "inntektsaar", optional: false }],
  isOneTimeConsent: false,
  scopeReferences: ["skd:inntekt.read"],
  otherReferences: [],
  contactPoints: [{ category: "Support", email: "samtykke@example.org", telephone: "", contactPage: "" }],
  status: "UnderDevelopment",
  availableForType: ["PrivatePerson"],
  keywords: [{ word: "inntekt", language: "nb" }],
  accessListMode: "Disabled",
};

/** The valid example under another identifier and scope, for tests that share an organisation. */
export function definitionFor(options: { identifier: string; scope?: string }): TConsentResourceDefinition {
  return {
    ...structuredClone(validDefinition),
    identifier: options.identifier,
    scopeReferences: options.scope ? [options.scope] : [],
  };
}
