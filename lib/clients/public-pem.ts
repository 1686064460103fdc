import { checkPublicJwk } from "./public-jwk";

// A public key pasted as PEM (RFC 7468) rather than as a JWK: `-----BEGIN PUBLIC KEY-----`, a SubjectPublicKeyInfo,
// what `openssl rsa -pubout` and most key tools write. WebCrypto reads it and gives the JWK members; the kid is the
// key's RFC 7638 thumbprint, so the same key always gets the same kid (Maskinporten needs it unique). Runs in the
// browser (a pasted key is converted before anything is sent) and in Node for tests.

/** A PEM block's label and its DER bytes; null when the text is not one PEM block. */
export function readPemBlock(text: string): { label: string; der: Uint8Array } | null {
  const match = /^-----BEGIN ([A-Z0-9 ]+)-----\s*([A-Za-z0-9+/=\s]+?)\s*-----END \1-----$/.exec(text.trim());
  if (!match) return null;
  try {
    const binary = atob(match[2]!.replace(/\s+/g, ""));
    return { label: match[1]!, der: Uint8Array.from(binary, (char) => char.charCodeAt(0)) };
  } catch {
    return null;
  }
}

/** Whether the text looks like PEM at all, to choose between the PEM and the JWK reading. */
export const looksLikePem = (text: string) => text.trim().startsWith("-----BEGIN");

const base64url = (bytes: ArrayBuffer) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");

/** RFC 7638: SHA-256 over the required members in lexicographic order, base64url. */
async function thumbprint(jwk: { e: string; n: string }): Promise<string> {
  const canonical = JSON.stringify({ e: jwk.e, kty: "RSA", n: jwk.n });
  return base64url(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(canonical)));
}

/**
 * A PEM public key as the public JWK Maskinporten takes, checked like a pasted JWK; a private key in PEM is refused
 * (never converted), and other blocks are named. Message keys under `errors.fields`.
 */
export async function publicJwkFromPem(text: string): Promise<ReturnType<typeof checkPublicJwk>> {
  const block = readPemBlock(text);
  if (!block) return { ok: false, message: "pemInvalid" };
  if (block.label.includes("PRIVATE")) return { ok: false, message: "jwkPrivate" };
  if (block.label !== "PUBLIC KEY") return { ok: false, message: "pemNotSpki" };
  let exported: JsonWebKey;
  try {
    const key = await crypto.subtle.importKey(
      "spki",
      // A copy in its own ArrayBuffer: WebCrypto's types take an ArrayBuffer, not a view of a shared one.
      block.der.slice().buffer as ArrayBuffer,
      { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
      true,
      ["verify"],
    );
    exported = await crypto.subtle.exportKey("jwk", key);
  } catch {
    return { ok: false, message: "pemNotRsa" };
  }
  const members = { e: exported.e ?? "", n: exported.n ?? "" };
  return checkPublicJwk({ kty: "RSA", kid: await thumbprint(members), ...members });
}
