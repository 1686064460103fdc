import { createPrivateKey, createPublicKey, sign, verify } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateClientKeyPair } from "@/components/clients/browser-key-pair";
import { checkPublicJwk, modulusBits, parsePublicJwkText, PRIVATE_JWK_MEMBERS } from "./public-jwk";
import { toPem } from "./pem";
import { ZCreateClient } from "./schemas";

// The key pair is made exactly as the browser makes it (WebCrypto is the same API in Node).

async function rsaJwks(bits: number) {
  const pair = await crypto.subtle.generateKey(
    { name: "RSASSA-PKCS1-v1_5", modulusLength: bits, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" },
    true,
    ["sign", "verify"],
  );
  return {
    publicJwk: { ...(await crypto.subtle.exportKey("jwk", pair.publicKey)), kid: `k-${bits}` },
    privateJwk: { ...(await crypto.subtle.exportKey("jwk", pair.privateKey)), kid: `k-${bits}` },
  };
}

describe("public JWK validation", () => {
  it("accept a 2048-bit RSA public key and keep only its public members", async () => {
    const { publicJwk } = await rsaJwks(2048);
    const result = checkPublicJwk({ ...publicJwk, key_ops: ["verify"], ext: true });
    expect(result).toEqual({
      ok: true,
      jwk: { kty: "RSA", kid: "k-2048", alg: "RS256", use: "sig", e: publicJwk.e, n: publicJwk.n },
    });
    expect(modulusBits(publicJwk.n ?? "")).toBe(2048);
  });

  it("refuse a private key, whichever private member it carries, with its own message", async () => {
    const { privateJwk, publicJwk } = await rsaJwks(2048);
    expect(checkPublicJwk(privateJwk)).toEqual({ ok: false, message: "jwkPrivate" });
    for (const member of PRIVATE_JWK_MEMBERS) {
      expect(checkPublicJwk({ ...publicJwk, [member]: "AQAB" })).toEqual({ ok: false, message: "jwkPrivate" });
    }
    expect(parsePublicJwkText(JSON.stringify({ keys: [privateJwk] }))).toEqual({ ok: false, message: "jwkPrivate" });
  });

  it("refuse other sizes, key types, algorithms and missing members", async () => {
    const small = await rsaJwks(1024);
    const large = await rsaJwks(3072);
    const { publicJwk } = await rsaJwks(2048);
    expect(checkPublicJwk(small.publicJwk)).toEqual({ ok: false, message: "jwkModulus" });
    expect(checkPublicJwk(large.publicJwk)).toEqual({ ok: false, message: "jwkModulus" });
    expect(checkPublicJwk({ ...publicJwk, kty: "EC" })).toEqual({ ok: false, message: "jwkNotRsa" });
    expect(checkPublicJwk({ ...publicJwk, alg: "RS512" })).toEqual({ ok: false, message: "jwkAlg" });
    expect(checkPublicJwk({ ...publicJwk, use: "enc" })).toEqual({ ok: false, message: "jwkUse" });
    expect(checkPublicJwk({ ...publicJwk, kid: undefined })).toEqual({ ok: false, message: "jwkKid" });
    expect(checkPublicJwk({ ...publicJwk, e: undefined })).toEqual({ ok: false, message: "jwkExponent" });
    expect(checkPublicJwk({ ...publicJwk, n: "not base64url!" })).toEqual({ ok: false, message: "jwkModulus" });
    expect(parsePublicJwkText("{nope")).toEqual({ ok: false, message: "jwkNotJson" });
    expect(parsePublicJwkText(JSON.stringify({ keys: [publicJwk, publicJwk] }))).toEqual({
      ok: false,
      message: "jwkSetNotOne",
    });
  });

  it("refuse a private key in the action's schema, beside the key field", async () => {
    const { privateJwk } = await rsaJwks(2048);
    const result = ZCreateClient.safeParse({
      orgNumber: "313876144",
      environment: "test",
      name: "App",
      description: "",
      scopes: [],
      publicJwk: privateJwk,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["publicJwk"], message: "jwkPrivate" })]);
  });
});

describe("the browser's key pair", () => {
  it("make an RS256 2048-bit pair whose public JWK passes, and a PKCS#8 PEM that signs for it", async () => {
    const pair = await generateClientKeyPair();
    expect(checkPublicJwk(pair.publicJwk)).toEqual({ ok: true, jwk: pair.publicJwk });
    expect(pair.publicJwk.kid).toMatch(/^[0-9a-f-]{36}$/);
    expect(Object.keys(pair.publicJwk).sort()).toEqual(["alg", "e", "kid", "kty", "n", "use"]);
    expect(pair.privatePem).toMatch(/^-----BEGIN PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END PRIVATE KEY-----\n$/);
    expect(pair.privatePem.split("\n").every((line) => line.length <= 64)).toBe(true);
    const privateKey = createPrivateKey(pair.privatePem);
    const signature = sign("sha256", Buffer.from("assertion"), privateKey);
    const publicKey = createPublicKey({ key: pair.publicJwk, format: "jwk" });
    expect(verify("sha256", Buffer.from("assertion"), publicKey, signature)).toBe(true);
    expect(JSON.parse(pair.privateJwkJson)).toMatchObject({ kid: pair.publicJwk.kid, d: expect.any(String) });
  });

  it("armour DER bytes as PEM in 64-character lines", () => {
    const pem = toPem(new Uint8Array(100).fill(255), "PUBLIC KEY");
    const lines = pem.trim().split("\n");
    expect(lines[0]).toBe("-----BEGIN PUBLIC KEY-----");
    expect(lines.at(-1)).toBe("-----END PUBLIC KEY-----");
    expect(lines.slice(1, -1).map((l) => l.length)).toEqual([64, 64, 8]);
    expect(Buffer.from(lines.slice(1, -1).join(""), "base64")).toEqual(Buffer.alloc(100, 255));
  });
});
