import { describe, expect, it } from "vitest";
import {
  buildConsentRequest,
  consentRequestDraftSchema,
  dateInDays,
  draftIssues,
  type TConsentRequestDraft,
  type TKitResource,
  validToInstant,
} from "./consent-request-rules";

// The consent-request rules (DOMAIN.md, "Consent requests") as the kit checks them before anything is sent.

const NOW = new Date("2030-06-15T12:00:00Z");

const resource: TKitResource = {
  identifier: "skd-inntekt-samtykke",
  title: { nb: "Inntekt" },
  owner: { name: "Skatteetaten", orgNumber: "974761076" },
  consentTemplate: "default",
  metadata: [
    { key: "inntektsaar", optional: false },
    { key: "formaal", optional: true },
  ],
  scopes: ["skd:inntekt.read"],
  isOneTimeConsent: false,
  accessListName: null,
};

const draft = (overrides: Partial<TConsentRequestDraft> = {}): TConsentRequestDraft => ({
  partyType: "person",
  party: "21818297804",
  validTo: "2030-07-01",
  metadata: { inntektsaar: "2029" },
  requestMessage: "",
  redirectUrl: "https://bank.example/done",
  ...overrides,
});

const issuesOf = (overrides: Partial<TConsentRequestDraft>) => draftIssues(draft(overrides), resource, NOW);

describe("validToInstant", () => {
  it.each([
    ["2030-01-31", "2030-01-31T23:59:59Z"],
    ["2028-02-29", "2028-02-29T23:59:59Z"],
    ["2030-02-30", null],
    ["2029-02-29", null],
    ["2030-13-01", null],
    ["31.01.2030", null],
    ["2030-1-31", null],
    ["", null],
  ])("%s → %s", (date, instant) => {
    expect(validToInstant(date)).toBe(instant);
  });
});

describe("draftIssues", () => {
  it("accepts a complete draft", () => {
    expect(issuesOf({})).toEqual([]);
  });

  it.each(["21818297804", "25922947409", "03867199348"])("accepts the synthetic national identity number %s", (party) => {
    expect(issuesOf({ party })).toEqual([]);
  });

  it.each([
    ["01039012345", "nationalIdentityNumberChecksum"],
    ["2181829780", "nationalIdentityNumberFormat"],
    ["991825827", "nationalIdentityNumberFormat"],
    ["", "nationalIdentityNumberFormat"],
  ])("refuses the person %j (%s)", (party, message) => {
    expect(issuesOf({ party })).toEqual([{ path: ["party"], message }]);
  });

  it.each(["991825827", "974761076", "313876144", "310149942"])("accepts the organisation number %s", (party) => {
    expect(issuesOf({ partyType: "organisation", party })).toEqual([]);
  });

  it.each(["123456789", "21818297804", "99182582"])("refuses the organisation number %s", (party) => {
    expect(issuesOf({ partyType: "organisation", party })).toEqual([{ path: ["party"], message: "organisationNumber" }]);
  });

  it("wants validTo in the future: the end of the chosen day (UTC) counts", () => {
    expect(issuesOf({ validTo: "2030-06-15" })).toEqual([]); // 23:59:59 today is still ahead of noon
    expect(issuesOf({ validTo: "2030-06-14" })).toEqual([{ path: ["validTo"], message: "validToPast" }]);
    expect(draftIssues(draft({ validTo: "2030-06-15" }), resource, new Date("2030-06-15T23:59:59Z"))).toEqual([
      { path: ["validTo"], message: "validToPast" },
    ]);
    expect(issuesOf({ validTo: "" })).toEqual([{ path: ["validTo"], message: "required" }]);
    expect(issuesOf({ validTo: "2030-02-30" })).toEqual([{ path: ["validTo"], message: "date" }]);
  });

  it("requires every declared non-optional metadata key, blank counting as missing, and no other", () => {
    expect(issuesOf({ metadata: {} })).toEqual([{ path: ["metadata", "inntektsaar"], message: "metadataValueRequired|inntektsaar" }]);
    expect(issuesOf({ metadata: { inntektsaar: "   " } })).toEqual([
      { path: ["metadata", "inntektsaar"], message: "metadataValueRequired|inntektsaar" },
    ]);
    // Optional keys may be left out; undeclared keys are not the resource's business (they are never sent).
    expect(issuesOf({ metadata: { inntektsaar: "2029", ukjent: "x" } })).toEqual([]);
    expect(issuesOf({ metadata: { inntektsaar: "2029", formaal: "x".repeat(501) } })).toEqual([
      { path: ["metadata", "formaal"], message: "tooLong|500" },
    ]);
  });

  it.each([
    ["", "required"],
    ["/done", "url"],
    ["bank.example/done", "url"],
    ["ftp://bank.example/done", "url"],
    ["javascript:alert(1)", "url"],
  ])("refuses the redirect URL %j (%s)", (redirectUrl, message) => {
    expect(issuesOf({ redirectUrl })).toEqual([{ path: ["redirectUrl"], message }]);
  });

  it("accepts an http redirect URL (a local test system)", () => {
    expect(issuesOf({ redirectUrl: "http://localhost:3000/callback?x=1" })).toEqual([]);
  });

  it("reports every broken rule at once", () => {
    const issues = issuesOf({ party: "01039012345", validTo: "2020-01-01", metadata: {}, redirectUrl: "/x" });
    expect(issues.map((issue) => issue.path.join("."))).toEqual(["party", "validTo", "metadata.inntektsaar", "redirectUrl"]);
  });
});

describe("consentRequestDraftSchema", () => {
  const schema = consentRequestDraftSchema(resource, () => NOW);

  it("trims the draft and passes a valid one", () => {
    const parsed = schema.parse({ ...draft(), party: " 21818297804 ", redirectUrl: " https://bank.example/done " });
    expect(parsed).toMatchObject({ party: "21818297804", redirectUrl: "https://bank.example/done" });
  });

  it("turns the rules into issues at the field's path", () => {
    const result = schema.safeParse(draft({ validTo: "2030-06-01", metadata: {}, party: "123" }));
    expect(result.success).toBe(false);
    const issues = result.error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(issues).toEqual([
      ["party", "nationalIdentityNumberFormat"],
      ["validTo", "validToPast"],
      ["metadata.inntektsaar", "metadataValueRequired|inntektsaar"],
    ]);
  });

  it("checks the shape first: an unknown party type and a too long message", () => {
    const result = schema.safeParse({ ...draft(), partyType: "robot", requestMessage: "x".repeat(1001) });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["partyType", "invalid"],
      ["requestMessage", "tooLong|1000"],
    ]);
  });
});

describe("buildConsentRequest", () => {
  const build = (overrides: Partial<TConsentRequestDraft> = {}, kit: TKitResource = resource) =>
    buildConsentRequest({ id: "8f1d4a3e-2b7c-4d1e-9f0a-1b2c3d4e5f60", consumerOrgNumber: "313876144", resource: kit, draft: draft(overrides) });

  it("builds Altinn's body: party URNs, the end of the day and the resource reference", () => {
    expect(build({ requestMessage: "  Vi ber om samtykke.  ", redirectUrl: " https://bank.example/done " })).toEqual({
      id: "8f1d4a3e-2b7c-4d1e-9f0a-1b2c3d4e5f60",
      from: "urn:altinn:person:identifier-no:21818297804",
      to: "urn:altinn:organization:identifier-no:313876144",
      validTo: "2030-07-01T23:59:59Z",
      consentRights: [
        { action: ["consent"], resource: [{ type: "urn:altinn:resource", value: "skd-inntekt-samtykke" }], metaData: { inntektsaar: "2029" } },
      ],
      requestMessage: { nb: "Vi ber om samtykke." },
      redirectUrl: "https://bank.example/done",
    });
  });

  it("asks an organisation by its organisation URN and leaves out a blank message", () => {
    const body = build({ partyType: "organisation", party: " 310149942 " });
    expect(body.from).toBe("urn:altinn:organization:identifier-no:310149942");
    expect(body).not.toHaveProperty("requestMessage");
  });

  it("sends only declared keys, lowercase, and optional ones only when filled in", () => {
    const kit = { ...resource, metadata: [{ key: "InntektsAar", optional: false }, { key: "formaal", optional: true }] };
    expect(build({ metadata: { InntektsAar: " 2029 ", formaal: " ", ukjent: "x" } }, kit).consentRights[0]!.metaData).toEqual({
      inntektsaar: "2029",
    });
    expect(build({ metadata: { inntektsaar: "2029", formaal: "Lån" } }).consentRights[0]!.metaData).toEqual({ inntektsaar: "2029", formaal: "Lån" });
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
  it("treat an empty `constructor` as missing, and send it only when filled in", () => {
    const resource = {
      identifier: "skd-constructor", title: {}, owner: { name: "Skatteetaten", orgNumber: "974761076" }, consentTemplate: "default",
      metadata: [{ key: "constructor", optional: false }], scopes: [], isOneTimeConsent: false, accessListName: null,
    };
    const draft = { partyType: "person" as const, party: "21818297804", validTo: "2999-01-01", metadata: {}, requestMessage: "", redirectUrl: "https://bank.example/" };
    expect(draftIssues(draft, resource)).toEqual([{ path: ["metadata", "constructor"], message: "metadataValueRequired|constructor" }]);
    expect(buildConsentRequest({ id: "x", consumerOrgNumber: "313876144", resource, draft }).consentRights[0]?.metaData).toEqual({});
  });
});
