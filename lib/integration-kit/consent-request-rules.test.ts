import { describe, expect, it } from "vitest";
import { consentRequestDraftSchema } from "./consent-request-draft-schema";
import { draftIssues, isValidRedirectUrl, type TConsentRequestDraft, validToInstant } from "./consent-request-rules";
import { draft, NOW, resource } from "./test-support/kit-fixtures";

// The consent-request rules as Altinn's code enforces them (DOMAIN.md, "Consent requests as Altinn's code enforces
// them"; ConsentService.cs) as the kit checks them before anything is sent.

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

  it.each(["21818297804", "25922947409", "03867199348"])(
    "accepts the synthetic national identity number %s",
    (party) => {
      expect(issuesOf({ party })).toEqual([]);
    },
  );

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
    expect(issuesOf({ partyType: "organisation", party })).toEqual([
      { path: ["party"], message: "organisationNumber" },
    ]);
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

  it("requires every declared key, the one marked optional too (Altinn ignores `optional`: AM-00008)", () => {
    expect(issuesOf({ metadata: {} })).toEqual([
      { path: ["metadata", "inntektsaar"], message: "metadataValueRequired|inntektsaar" },
      { path: ["metadata", "formaal"], message: "metadataValueRequired|formaal" },
    ]);
    expect(issuesOf({ metadata: { inntektsaar: "2029" } })).toEqual([
      { path: ["metadata", "formaal"], message: "metadataValueRequired|formaal" },
    ]);
  });

  it("refuses an empty or blank value (AM-00007) and a value over 500 characters", () => {
    expect(issuesOf({ metadata: { inntektsaar: "   ", formaal: "" } })).toEqual([
      { path: ["metadata", "inntektsaar"], message: "metadataValueRequired|inntektsaar" },
      { path: ["metadata", "formaal"], message: "metadataValueRequired|formaal" },
    ]);
    expect(issuesOf({ metadata: { inntektsaar: "2029", formaal: "x".repeat(501) } })).toEqual([
      { path: ["metadata", "formaal"], message: "tooLong|500" },
    ]);
  });

  it("matches keys ignoring case, as Altinn does, and leaves undeclared keys alone (they are never sent)", () => {
    expect(issuesOf({ metadata: { InntektsAar: "2029", FORMAAL: "Lån", ukjent: "x" } })).toEqual([]);
    const mixed = { ...resource, metadata: [{ key: "InntektsAar", optional: false }] };
    expect(draftIssues(draft({ metadata: { inntektsaar: "2029" } }), mixed, NOW)).toEqual([]);
  });

  it("checks a required delegator like `from`: a person by 11 digits, an organisation by 9, or nothing", () => {
    expect(issuesOf({ requiredDelegator: "25922947409" })).toEqual([]);
    expect(issuesOf({ requiredDelegator: "974761076" })).toEqual([]);
    expect(issuesOf({ requiredDelegator: "01039012345" })).toEqual([
      { path: ["requiredDelegator"], message: "nationalIdentityNumberChecksum" },
    ]);
    expect(issuesOf({ requiredDelegator: "123456789" })).toEqual([
      { path: ["requiredDelegator"], message: "organisationNumber" },
    ]);
    expect(issuesOf({ requiredDelegator: "12345" })).toEqual([{ path: ["requiredDelegator"], message: "partyNumber" }]);
  });

  it.each([
    ["", "required"],
    ["/done", "redirectUrl"],
    ["bank.example/done", "redirectUrl"],
    ["1app://done", "redirectUrl"],
    ["myapp:", "redirectUrl"],
    ["javascript:alert(1)", "redirectUrl"],
    ["data:text/html,<script>alert(1)</script>", "redirectUrl"],
  ])("refuses the redirect URL %j (%s)", (redirectUrl, message) => {
    expect(issuesOf({ redirectUrl })).toEqual([{ path: ["redirectUrl"], message }]);
  });

  it.each([
    "http://localhost:3000/callback?x=1",
    "https://bank.example/done#fragment",
    "no.bank.app://consent/done",
    "bankid+app://return",
    "ftp://bank.example/done",
  ])("accepts %s: http(s), or a custom scheme as ConsentService.IsValidUrl does", (redirectUrl) => {
    expect(issuesOf({ redirectUrl })).toEqual([]);
    expect(isValidRedirectUrl(redirectUrl)).toBe(true);
  });

  it("reports every broken rule at once", () => {
    const issues = issuesOf({
      party: "01039012345",
      requiredDelegator: "1",
      validTo: "2020-01-01",
      metadata: {},
      redirectUrl: "/x",
    });
    expect(issues.map((issue) => issue.path.join("."))).toEqual([
      "party",
      "requiredDelegator",
      "validTo",
      "metadata.inntektsaar",
      "metadata.formaal",
      "redirectUrl",
    ]);
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
      ["metadata.formaal", "metadataValueRequired|formaal"],
    ]);
  });

  it("checks the shape first: an unknown party type, a too long message and an unknown portal view mode", () => {
    const result = schema.safeParse({
      ...draft(),
      partyType: "robot",
      requestMessage: "x".repeat(1001),
      portalViewMode: "hide",
    });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["partyType", "invalid"],
      ["requestMessage", "tooLong|1000"],
      ["portalViewMode", "invalid"],
    ]);
  });
});
