import { z } from "zod";

// What Maskinporten accepts as a client key (DOMAIN.md: RS256, 2048-bit RSA, `kty, alg, use, e, n`, a globally unique
// `kid`). Shared by the browser (a pasted or uploaded key is checked before anything is sent) and the server actions.
// A JWK carrying private members is refused outright, never stripped: the user must learn that they pasted their
// private key, and the portal must never hold one, not even for the time of a request.

export const MODULUS_BITS = 2048;
export const MAX_CLIENT_KEYS = 5;

/** RFC 7518 §6.3.2 (RSA private key members) and §6.4 (`k`, a symmetric secret). */
export const PRIVATE_JWK_MEMBERS = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"] as const;

const KID_PATTERN = /^[A-Za-z0-9._:-]{1,100}$/;

/** Bits of a base64url big-endian unsigned integer (leading zero bytes ignored); null when not base64url. */
export function modulusBits(n: string): number | null {
  if (!/^[A-Za-z0-9_-]+$/.test(n)) return null;
  let binary: string;
  try {
    binary = atob(
      n
        .replace(/-/g, "+")
        .replace(/_/g, "/")
        .padEnd(Math.ceil(n.length / 4) * 4, "="),
    );
  } catch {
    return null;
  }
  let start = 0;
  while (start < binary.length && binary.charCodeAt(start) === 0) start++;
  if (start === binary.length) return 0;
  return (binary.length - start - 1) * 8 + binary.charCodeAt(start).toString(2).length;
}

export type TPublicJwk = { kty: "RSA"; kid: string; alg: "RS256"; use: "sig"; e: string; n: string };

/**
 * Checks a JWK and returns only its public members (with `alg: RS256` and `use: sig` filled in), or the message
 * key of the first problem (keys under `errors.fields`).
 */
export function checkPublicJwk(value: unknown): { ok: true; jwk: TPublicJwk } | { ok: false; message: string } {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { ok: false, message: "jwkNotObject" };
  const jwk = value as Record<string, unknown>;
  if (PRIVATE_JWK_MEMBERS.some((member) => member in jwk)) return { ok: false, message: "jwkPrivate" };
  if (jwk.kty !== "RSA") return { ok: false, message: "jwkNotRsa" };
  if (jwk.alg !== undefined && jwk.alg !== "RS256") return { ok: false, message: "jwkAlg" };
  if (jwk.use !== undefined && jwk.use !== "sig") return { ok: false, message: "jwkUse" };
  if (typeof jwk.kid !== "string" || !KID_PATTERN.test(jwk.kid)) return { ok: false, message: "jwkKid" };
  if (typeof jwk.e !== "string" || !/^[A-Za-z0-9_-]+$/.test(jwk.e)) return { ok: false, message: "jwkExponent" };
  if (typeof jwk.n !== "string" || modulusBits(jwk.n) !== MODULUS_BITS) return { ok: false, message: "jwkModulus" };
  return { ok: true, jwk: { kty: "RSA", kid: jwk.kid, alg: "RS256", use: "sig", e: jwk.e, n: jwk.n } };
}

/** A public JWK as an object (the action's input); private members, other sizes and other key types are refused. */
export const ZPublicJwk = z.unknown().transform((value, context): TPublicJwk => {
  const result = checkPublicJwk(value);
  if (result.ok) return result.jwk;
  context.addIssue({ code: "custom", message: result.message });
  return z.NEVER;
});

/** A pasted or uploaded key: JSON text first, then the same checks. */
export function parsePublicJwkText(text: string): ReturnType<typeof checkPublicJwk> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: "jwkNotJson" };
  }
  // A JWKS with one key is accepted too: it is what many tools write out.
  const keys = (value as { keys?: unknown } | null)?.keys;
  if (Array.isArray(keys)) {
    if (keys.length !== 1) return { ok: false, message: "jwkSetNotOne" };
    value = keys[0];
  }
  return checkPublicJwk(value);
}
