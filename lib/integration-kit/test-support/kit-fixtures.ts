import type { TConsentRequestBody, TConsentRequestDraft, TKitResource } from "../consent-request-rules";

// A kit resource with two metadata keys (one marked optional), a filled-in draft and the body built of them, shared
// by the rules' and the snippets' tests.

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

export const REQUEST_ID = "8f1d4a3e-2b7c-4d1e-9f0a-1b2c3d4e5f60";

/** What Altinn is sent for `draft()` with a message, request `REQUEST_ID` of consumer 313876144 (written out). */
export const builtRequest: TConsentRequestBody = {
  id: REQUEST_ID,
  from: "urn:altinn:person:identifier-no:21818297804",
  to: "urn:altinn:organization:identifier-no:313876144",
  validTo: "2030-07-01T23:59:59Z",
  consentRights: [
    {
      action: ["consent"],
      resource: [{ type: "urn:altinn:resource", value: "skd-inntekt-samtykke" }],
      metadata: { inntektsaar: "2029", formaal: "Lån" },
    },
  ],
  requestMessage: { nb: "Vi ber om samtykke." },
  redirectUrl: "https://bank.example/done",
  portalViewMode: "Hide",
};
