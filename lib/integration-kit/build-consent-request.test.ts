import { describe, expect, it } from "vitest";
import {
  buildConsentRequest,
  dateInDays,
  draftIssues,
  type TConsentRequestDraft,
  type TKitResource,
} from "./consent-request-rules";
import { builtRequest, draft, NOW, REQUEST_ID, resource } from "./test-support/kit-fixtures";

// The body the kit sends to Altinn, built from a draft that passed the rules.

describe("buildConsentRequest", () => {
  const build = (overrides: Partial<TConsentRequestDraft> = {}, kit: TKitResource = resource) =>
    buildConsentRequest({
      id: REQUEST_ID,
      consumerOrgNumber: "313876144",
      resource: kit,
      draft: draft(overrides),
    });

  it("builds Altinn's body: party URNs, the end of the day, the resource reference, `metadata` as the OpenAPI spells it", () => {
    expect(build({ requestMessage: "  Vi ber om samtykke.  ", redirectUrl: " https://bank.example/done " })).toEqual(
      builtRequest,
    );
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
    const kit = {
      ...resource,
      identifier: "skd-constructor",
      title: {},
      metadata: [{ key: "constructor", optional: false }],
      scopes: [],
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
    expect(draftIssues(draft, kit)).toEqual([
      { path: ["metadata", "constructor"], message: "metadataValueRequired|constructor" },
    ]);
    expect(
      buildConsentRequest({ id: "x", consumerOrgNumber: "313876144", resource: kit, draft }).consentRights[0]?.metadata,
    ).toEqual({ constructor: "" });
  });
});
