import type { TConsentRequestDraft, TKitResource } from "../consent-request-rules";

// A kit resource with two metadata keys (one marked optional) and a filled-in draft, shared by the rules' tests.

export const NOW = new Date("2030-06-15T12:00:00Z");

export const resource: TKitResource = {
  identifier: "skd-inntekt-samtykke",
  title: { nb: "Inntekt" },
  owner: { name: "Skatteetaten", orgNumber: "974761076" },
  consentTemplate: "default",
  metadata: [
    { key: "inntektsaar", optional: false },
    { key: "formaal", optional: true },
  ],
  usesRequestMessage: true,
  scopes: ["skd:inntekt.read"],
  isOneTimeConsent: false,
  accessListName: null,
};

export const draft = (overrides: Partial<TConsentRequestDraft> = {}): TConsentRequestDraft => ({
  partyType: "person",
  party: "21818297804",
  requiredDelegator: "",
  validTo: "2030-07-01",
  metadata: { inntektsaar: "2029", formaal: "Lån" },
  requestMessage: "",
  redirectUrl: "https://bank.example/done",
  portalViewMode: "Hide",
  ...overrides,
});
