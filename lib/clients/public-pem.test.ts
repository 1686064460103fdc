import { describe, expect, it } from "vitest";
import { toPem } from "./pem";
import { publicJwkFromPem, readPemBlock } from "./public-pem";

const rsaPair = (modulusLength: number) =>
  crypto.subtle.generateKey(
    { name: "RSASSA-PKCS1-v1_5", modulusLength, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" },
    true,
    ["sign", "verify"],
  );

describe("a public key pasted as PEM", () => {
  it("becomes the public JWK Maskinporten takes, with the key's RFC 7638 thumbprint as kid", async () => {
    const pair = await rsaPair(2048);
    const pem = toPem(await crypto.subtle.exportKey("spki", pair.publicKey), "PUBLIC KEY");
    const jwk = await crypto.subtle.exportKey("jwk", pair.publicKey);
    const result = await publicJwkFromPem(`\n${pem}\n`);
    expect(result).toEqual({
      ok: true,
      jwk: {
        kty: "RSA",
        kid: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
        alg: "RS256",
        use: "sig",
        e: jwk.e,
        n: jwk.n,
      },
    });
    // The same key, the same kid.
    expect(await publicJwkFromPem(pem)).toEqual(result);
  });

  it("refuses a private key, another block, a 1024-bit key and text that is not PEM", async () => {
    const pair = await rsaPair(1024);
    const privatePem = toPem(await crypto.subtle.exportKey("pkcs8", pair.privateKey), "PRIVATE KEY");
    expect(await publicJwkFromPem(privatePem)).toEqual({ ok: false, message: "jwkPrivate" });
    expect(await publicJwkFromPem(privatePem.replace(/PRIVATE KEY/g, "RSA PRIVATE KEY"))).toEqual({
      ok: false,
      message: "jwkPrivate",
    });
    expect(await publicJwkFromPem("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----")).toEqual({
      ok: false,
      message: "pemNotSpki",
    });
    const small = toPem(await crypto.subtle.exportKey("spki", pair.publicKey), "PUBLIC KEY");
    expect(await publicJwkFromPem(small)).toEqual({ ok: false, message: "jwkModulus" });
    expect(await publicJwkFromPem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----")).toEqual({
      ok: false,
      message: "pemNotRsa",
    });
    expect(await publicJwkFromPem("-----BEGIN PUBLIC KEY-----\nno end")).toEqual({ ok: false, message: "pemInvalid" });
    expect(readPemBlock("{}")).toBeNull();
  });
});
