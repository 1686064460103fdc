import { describe, expect, it } from "vitest";
import { consentDetail, consentRight, RESOURCE, signConsentToken } from "./test-support/signed-consent-token";
import { expectOnlyFailure, GENUINE_TOKEN_CHECKS, localVerifierForTests } from "./test-support/verify-locally";

// The claims checks of a validly signed token; the signature and the token's form are in
// verify-consent-token-signature.test.ts.
const { signer, checksOf } = localVerifierForTests();

describe("verifyConsentToken", () => {
  it("passes a genuine consent token, every check in order", async () => {
    const { report } = await checksOf(await signConsentToken(signer), { expectedValues: { inntektsaar: "2024" } });
    expect(report.checks.map((c) => [c.id, c.status])).toEqual(GENUINE_TOKEN_CHECKS);
    expect(report.valid).toBe(true);
    expect(report.claims.authorization_details).toBeDefined();
  });

  it("does not compare metadata values when none were entered, and still calls the token valid", async () => {
    const { report, check } = await checksOf(await signConsentToken(signer));
    expect(check("metadataValues")).toMatchObject({ status: "notChecked", problems: [{ code: "noExpectedValues" }] });
    expect(check("metadataValues")?.blockedBy).toBeUndefined();
    expect(report.valid).toBe(true);
  });

  it("fails an expired token on expiry, naming the time", async () => {
    const exp = Math.floor(Date.now() / 1000) - 5;
    const { report, check } = await checksOf(await signConsentToken(signer, { exp }));
    expectOnlyFailure(report, "expiry");
    expect(check("expiry")?.found).toBe(new Date(exp * 1000).toISOString());
  });

  it("fails a token without exp", async () => {
    const { check } = await checksOf(await signConsentToken(signer, { exp: undefined }));
    expect(check("expiry")).toMatchObject({ status: "fail", found: null });
  });

  it("fails another issuer, naming both", async () => {
    const { report, check } = await checksOf(await signConsentToken(signer, { iss: "https://evil.example/" }));
    expectOnlyFailure(report, "issuer");
    expect(check("issuer")).toMatchObject({
      expected: "https://maskinporten.test.example/",
      found: "https://evil.example/",
    });
  });

  it("fails a token without the owner's scope", async () => {
    const { report, check } = await checksOf(await signConsentToken(signer, { scope: "altinn:consentrequests.read" }));
    expectOnlyFailure(report, "scope");
    expect(check("scope")).toMatchObject({ expected: "skd:inntekt.read", found: "altinn:consentrequests.read" });
  });

  it("does not require a scope unless the owner asks: the consumer's consent-API scope is enough", async () => {
    const { report, check } = await checksOf(await signConsentToken(signer, { scope: "altinn:consentrequests.read" }), {
      requiredScopes: null,
    });
    expect(report.valid).toBe(true);
    expect(check("scope")).toMatchObject({
      status: "notChecked",
      found: "altinn:consentrequests.read",
      problems: [{ code: "scopeNotRequired" }],
    });
    expect(check("scope")?.blockedBy).toBeUndefined();
  });

  it("fails when a scope is required but the resource declares none, saying so", async () => {
    const { check } = await checksOf(await signConsentToken(signer), { requiredScopes: [] });
    expect(check("scope")).toMatchObject({ status: "fail", problems: [{ code: "noScopeDeclared" }] });
  });

  it("fails authorization_details of another type; the consent checks are not run", async () => {
    const token = await signConsentToken(signer, {
      authorization_details: [{ ...consentDetail(), type: "urn:other:type" }],
    });
    const { report, check } = await checksOf(token);
    expectOnlyFailure(report, "consentType", ["consumer", "validTo", "resource", "metadataKeys", "metadataValues"]);
    expect(check("consentType")).toMatchObject({ expected: "urn:altinn:consent", found: "urn:other:type" });
  });

  it("fails a token without authorization_details", async () => {
    const { check } = await checksOf(await signConsentToken(signer, { authorization_details: undefined }));
    expect(check("consentType")).toMatchObject({ status: "fail", found: null });
  });

  it("fails a consent given to another organisation than the token's consumer", async () => {
    const other = { authority: "iso6523-actorid-upis", ID: "0192:310149942" };
    const { report, check } = await checksOf(
      await signConsentToken(signer, { authorization_details: [consentDetail({ to: other })] }),
    );
    expectOnlyFailure(report, "consumer");
    expect(check("consumer")).toMatchObject({ expected: "0192:313876144", found: "0192:310149942" });
  });

  it("fails a consent whose validTo has passed", async () => {
    const validTo = new Date(Date.now() - 60_000).toISOString();
    const { report, check } = await checksOf(
      await signConsentToken(signer, { authorization_details: [consentDetail({ validTo })] }),
    );
    expectOnlyFailure(report, "validTo");
    expect(check("validTo")?.found).toBe(validTo);
  });

  it("fails a consent to another resource, naming it; metadata is then not checked", async () => {
    const { report, check } = await checksOf(await signConsentToken(signer), {
      resourceIdentifier: "skd-annen-ressurs",
    });
    expectOnlyFailure(report, "resource", ["metadataKeys", "metadataValues"]);
    expect(check("resource")).toMatchObject({ expected: "skd-annen-ressurs", found: RESOURCE });
  });

  it("fails a missing required metadata key, naming it", async () => {
    const details = [consentDetail({ consentRights: [consentRight({ metadata: {} })] })];
    const { report, check } = await checksOf(await signConsentToken(signer, { authorization_details: details }));
    expectOnlyFailure(report, "metadataKeys", ["metadataValues"]);
    expect(check("metadataKeys")?.problems).toEqual([{ code: "missingKeys", value: "inntektsaar" }]);
  });

  it("fails an undeclared metadata key, naming it", async () => {
    const details = [
      consentDetail({ consentRights: [consentRight({ metadata: { inntektsaar: "2024", belop: "1" } })] }),
    ];
    const { check } = await checksOf(await signConsentToken(signer, { authorization_details: details }));
    expect(check("metadataKeys")).toMatchObject({
      status: "fail",
      problems: [{ code: "unknownKeys", value: "belop" }],
    });
  });

  it("compares metadata keys ignoring case, as Altinn does, and names a key given twice", async () => {
    const shouted = [consentDetail({ consentRights: [consentRight({ metadata: { INNTEKTSAAR: "2024" } })] })];
    const { report, check } = await checksOf(await signConsentToken(signer, { authorization_details: shouted }), {
      expectedValues: { inntektsaar: "2024" },
    });
    expect(report.valid).toBe(true);
    expect(check("metadataValues")).toMatchObject({ status: "pass", found: '{"inntektsaar":"2024"}' });
    const twice = [
      consentDetail({ consentRights: [consentRight({ metadata: { inntektsaar: "2024", Inntektsaar: "2023" } })] }),
    ];
    const { check: checkTwice } = await checksOf(await signConsentToken(signer, { authorization_details: twice }));
    expect(checkTwice("metadataKeys")).toMatchObject({
      status: "fail",
      problems: [{ code: "duplicateKeys", value: "Inntektsaar" }],
    });
  });

  it("accepts the metaData spelling and says which one it found", async () => {
    const details = [
      consentDetail({ consentRights: [consentRight({ metadata: undefined, metaData: { inntektsaar: "2024" } })] }),
    ];
    const { report, check } = await checksOf(await signConsentToken(signer, { authorization_details: details }), {
      expectedValues: { inntektsaar: "2024" },
    });
    expect(report.valid).toBe(true);
    expect(check("metadataKeys")).toMatchObject({ status: "pass", found: 'metaData {"inntektsaar":"2024"}' });
  });

  it("requires a key marked optional too: Altinn ignores the flag (AM-00008), so a real consent always has it", async () => {
    const { check } = await checksOf(await signConsentToken(signer), {
      metadata: [
        { key: "inntektsaar", optional: false },
        { key: "formaal", optional: true },
      ],
    });
    expect(check("metadataKeys")).toMatchObject({
      status: "fail",
      problems: [{ code: "missingKeys", value: "formaal" }],
    });
  });

  it("fails metadata values other than expected, naming the key", async () => {
    const { check } = await checksOf(await signConsentToken(signer), { expectedValues: { inntektsaar: "2025" } });
    expect(check("metadataValues")).toMatchObject({
      status: "fail",
      expected: '{"inntektsaar":"2025"}',
      found: '{"inntektsaar":"2024"}',
      problems: [{ code: "valueMismatch", value: "inntektsaar" }],
    });
  });
});
