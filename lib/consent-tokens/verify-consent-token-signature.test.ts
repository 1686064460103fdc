import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { newSigner, signConsentToken, tamper } from "./test-support/signed-consent-token";
import { checksAfter, expectOnlyFailure, localVerifierForTests } from "./test-support/verify-locally";

const { signer, verify, checksOf } = localVerifierForTests();

describe("verifyConsentToken", () => {
  it("fails a tampered token on its signature and trusts none of its claims", async () => {
    const token = tamper(await signConsentToken(signer), (claims) => void (claims.scope = "skd:alt"));
    const report = await verify(token);
    expectOnlyFailure(report, "signature", checksAfter("signature"));
    if (report.kind === "checked") expect(report.checks[0]?.problems).toEqual([{ code: "signatureInvalid" }]);
  });

  it("fails a token signed by another key under the same kid", async () => {
    const impostor = await newSigner(signer.kid);
    const { check } = await checksOf(await signConsentToken(impostor));
    expect(check("signature")).toMatchObject({ status: "fail", problems: [{ code: "signatureInvalid" }] });
  });

  it("fails a kid that Maskinporten does not publish", async () => {
    const { check } = await checksOf(await signConsentToken(await newSigner()));
    expect(check("signature")).toMatchObject({ status: "fail", problems: [{ code: "noMatchingKey" }] });
  });

  it("fails a token signed with a shared secret (HS256) instead of Maskinporten's key", async () => {
    const token = await new SignJWT({ iss: "x" })
      .setProtectedHeader({ alg: "HS256", kid: signer.kid })
      .sign(new Uint8Array(32));
    const { check } = await checksOf(token);
    expect(check("signature")).toMatchObject({ status: "fail", problems: [{ code: "algorithmNotAllowed" }] });
  });

  it.each([
    ["not-a-token", "consentTokenParts"],
    ["a.b.c.d.e", "consentTokenEncrypted"],
    ["e30.!!!.c2ln", "consentTokenPayload"],
    ["bm90IGpzb24.e30.c2ln", "consentTokenHeader"],
  ])("reports %j as malformed (%s)", async (token, problem) => {
    expect(await verify(token)).toEqual({ kind: "malformed", problem });
  });

  it("accepts a pasted 'Bearer ' prefix and line breaks", async () => {
    const token = await signConsentToken(signer);
    const { report } = await checksOf(`Bearer ${token.slice(0, 40)}\n${token.slice(40)}\n`);
    expect(report.valid).toBe(true);
  });
});
