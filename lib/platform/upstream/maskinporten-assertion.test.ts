import { decodeJwt, decodeProtectedHeader, importJWK, importPKCS8, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";
import { signMaskinportenAssertion } from "./maskinporten-assertion";
import { generateTestClientKey } from "./test-support/test-upstream-config";

describe("signMaskinportenAssertion", () => {
  it("signs RS256 with kid and every claim Maskinporten expects", async () => {
    const key = await generateTestClientKey("kid-1");
    const details = [
      {
        type: "urn:altinn:consent",
        id: "5a9c3f0e-7d0b-4d43-9c8e-1f5a2f3b4c5d",
        from: "urn:altinn:person:identifier-no:21818297804",
      },
    ];
    const before = Math.floor(Date.now() / 1000);
    const jwt = await signMaskinportenAssertion({
      key: await importPKCS8(key.pkcs8, "RS256"),
      kid: "kid-1",
      clientId: "client-123",
      audience: "https://test.maskinporten.no/",
      scopes: ["skd:inntekt.read", "altinn:consentrequests.write"],
      consumerOrg: "313876144",
      resource: "https://api.example/",
      authorizationDetails: details,
    });

    // The signature verifies with the public key; the header names the key.
    const { payload, protectedHeader } = await jwtVerify(jwt, await importJWK(key.publicJwk, "RS256"), {
      audience: "https://test.maskinporten.no/",
      issuer: "client-123",
    });
    expect(protectedHeader).toEqual({ alg: "RS256", kid: "kid-1" });
    expect(payload.scope).toBe("skd:inntekt.read altinn:consentrequests.write");
    expect(payload.consumer_org).toBe("313876144");
    expect(payload.resource).toBe("https://api.example/");
    expect(payload.authorization_details).toEqual(details);
    expect(payload.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(payload.iat).toBeGreaterThanOrEqual(before);
    expect(payload.iat).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
    expect(payload.exp! - payload.iat!).toBeGreaterThan(0);
    expect(payload.exp! - payload.iat!).toBeLessThanOrEqual(120);
  });

  it("leaves out optional claims and never reuses a jti", async () => {
    const key = await generateTestClientKey("kid-2");
    const input = {
      key: await importPKCS8(key.pkcs8, "RS256"),
      kid: "kid-2",
      clientId: "c",
      audience: "https://a/",
      scopes: ["x:y"],
    };
    const [first, second] = await Promise.all([signMaskinportenAssertion(input), signMaskinportenAssertion(input)]);
    const claims = decodeJwt(first);
    expect(Object.keys(claims).sort()).toEqual(["aud", "exp", "iat", "iss", "jti", "scope"]);
    expect(decodeProtectedHeader(second).kid).toBe("kid-2");
    expect(decodeJwt(second).jti).not.toBe(claims.jti);
  });
});
