import { describe, expect, it } from "vitest";
import {
  buildConsentRequest,
  dateInDays,
  draftIssues,
  type TConsentRequestDraft,
  type TKitResource,
} from "./consent-request-rules";
import { draft, NOW, resource } from "./test-support/kit-fixtures";

// The body the kit sends to Altinn, built from a draft that passed the rules.

describe("buildConsentRequest", () => {
  const build = (overrides: Partial<TConsentRequestDraft> = {}, kit: TKitResource = resource) =>
    buildConsentRequest({
      id: "8f1d4a3e-2b7c-4d1e-9f0a-1b2c3d4e5f60",
      consumerOrgNumber: "313876144",
      resource: kit,
      draft: draft(overrides),
    });

  it("builds Altinn's body: party URNs, the end of the day, the resource reference, `metadata` as the OpenAPI spells it", () => {
    expect(build({ requestMessage: "  Vi ber om samtykke.  ", redirectUrl: " https://bank.example/done " })).toEqual({
      id: "8f1d4a3e-2b7c-4d1e-9f0a-1b2c3d4e5f60",
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
    });
  });

  it("names a required delegator by its URN, sends portalViewMode Show, and keeps a custom-scheme redirect", () => {
    const person = build({
      requiredDelegator: " 25922947409 ",
      portalViewMode: "Show",
      redirectUrl: "no.bank.app://consent/done",
    });
    expect(person).toMatchObject({
      requiredDelegator: "urn:altinn:person:identifier-no:25922947409",
      portalViewMode: "Show",
      redirectUrl: "no.bank.app://consent/done",
    });
    expect(
      build({ partyType: "organisation", party: "310149942", requiredDelegator: "974761076" }).requiredDelegator,
    ).toBe("urn:altinn:organization:identifier-no:974761076");
    expect(build()).not.toHaveProperty("requiredDelegator");
  });

  it("sends a message only when the resource's template shows one (isMessageSetInRequest)", () => {
    expect(build({ requestMessage: "Hei" }, { ...resource, usesRequestMessage: false })).not.toHaveProperty(
      "requestMessage",
    );
  });

  it("asks an organisation by its organisation URN and leaves out a blank message", () => {
    const body = build({ partyType: "organisation", party: " 310149942 " });
    expect(body.from).toBe("urn:altinn:organization:identifier-no:310149942");
    expect(body).not.toHaveProperty("requestMessage");
  });

  it("sends every declared key, lower-cased, found whatever case the draft used, and no undeclared key", () => {
    const kit = {
      ...resource,
      metadata: [
        { key: "InntektsAar", optional: false },
        { key: "formaal", optional: true },
      ],
    };
    expect(
      build({ metadata: { INNTEKTSAAR: " 2029 ", Formaal: "Lån", ukjent: "x" } }, kit).consentRights[0]!.metadata,
    ).toEqual({
      inntektsaar: "2029",
      formaal: "Lån",
    });
  });
});

describe("dateInDays", () => {
  it("counts whole days in UTC", () => {
    expect(dateInDays(30, NOW)).toBe("2030-07-15");
    expect(dateInDays(0, new Date("2030-12-31T23:30:00Z"))).toBe("2030-12-31");
    expect(dateInDays(1, new Date("2030-12-31T23:30:00Z"))).toBe("2031-01-01");
  });
});

describe("metadata keys named like Object's own properties", () => {
  it("treat an empty `constructor` as missing, not as Object's own", () => {
    const resource = {
      identifier: "skd-constructor",
      title: {},
      owner: { name: "Skatteetaten", orgNumber: "974761076" },
      consentTemplate: "default",
      metadata: [{ key: "constructor", optional: false }],
      usesRequestMessage: true,
      scopes: [],
      isOneTimeConsent: false,
      accessListName: null,
    };
    const draft: TConsentRequestDraft = {
      partyType: "person",
      party: "21818297804",
      requiredDelegator: "",
      validTo: "2999-01-01",
      metadata: {},
      requestMessage: "",
      redirectUrl: "https://bank.example/",
      portalViewMode: "Hide",
    };
    expect(draftIssues(draft, resource)).toEqual([
      { path: ["metadata", "constructor"], message: "metadataValueRequired|constructor" },
    ]);
    expect(
      buildConsentRequest({ id: "x", consumerOrgNumber: "313876144", resource, draft }).consentRights[0]?.metadata,
    ).toEqual({ constructor: "" });
  });
});
