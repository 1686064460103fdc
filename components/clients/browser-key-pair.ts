import { toPem } from "@/lib/clients/pem";
import type { TPublicJwk } from "@/lib/clients/public-jwk";

// The client's RS256 key pair is made here, in the browser, with WebCrypto. Only the public JWK is handed to the
// server action; the private key exists in this tab's memory and in the files the user downloads, nowhere else.

export type TBrowserKeyPair = { publicJwk: TPublicJwk; privatePem: string; privateJwkJson: string };

export async function generateClientKeyPair(): Promise<TBrowserKeyPair> {
  const pair = await crypto.subtle.generateKey(
    { name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" },
    true,
    ["sign", "verify"],
  );
  // A random UUID: unique across Maskinporten's clients (it must be) and reveals nothing about the key or owner.
  const kid = crypto.randomUUID();
  const exported = await crypto.subtle.exportKey("jwk", pair.publicKey);
  const publicJwk: TPublicJwk = { kty: "RSA", kid, alg: "RS256", use: "sig", e: exported.e ?? "", n: exported.n ?? "" };
  const privateJwk = { ...(await crypto.subtle.exportKey("jwk", pair.privateKey)), kid, alg: "RS256", use: "sig" };
  const privatePem = toPem(await crypto.subtle.exportKey("pkcs8", pair.privateKey), "PRIVATE KEY");
  return { publicJwk, privatePem, privateJwkJson: JSON.stringify(privateJwk, null, 2) };
}
