import type { TConsentResourceDefinition } from "./resource-definition-schema";

/** The editor's starting point for a new resource: the identifier starts with the organisation's prefix. */
export function newDefinition(prefix: string | null): TConsentResourceDefinition {
  const empty = { nb: "", nn: "", en: "" };
  return {
    identifier: prefix ? `${prefix}-` : "",
    title: { ...empty },
    description: { ...empty },
    rightDescription: { ...empty },
    consentTemplate: "default",
    consentText: { ...empty },
    consentMetadata: [],
    isOneTimeConsent: false,
    scopeReferences: [],
    otherReferences: [],
    contactPoints: [{ category: "Support", email: "", telephone: "", contactPage: "" }],
    status: "UnderDevelopment",
    availableForType: ["PrivatePerson"],
    keywords: [],
    accessListMode: "Disabled",
  };
}
