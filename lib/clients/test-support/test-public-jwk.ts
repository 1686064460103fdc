import { uniqueSuffix } from "@/test/factories";

/** A fresh public RS256 JWK, made as the browser makes it (WebCrypto is the same API in Node). */
export async function testPublicJwk(kid = `kid-${uniqueSuffix()}`) {
  const pair = await crypto.subtle.generateKey(
    { name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" },
    true,
    ["sign", "verify"],
  );
  const { n, e } = await crypto.subtle.exportKey("jwk", pair.publicKey);
  return { kty: "RSA", kid, alg: "RS256", use: "sig", n, e };
}
