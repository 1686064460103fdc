import { decodeJwt, decodeProtectedHeader, type JWTPayload, type ProtectedHeaderParameters } from "jose";

// Decoding only: nothing here is trusted until the signature has been verified. Shared by the form
// (to put a malformed token's problem beside the field) and the server. No `server-only`: it runs in the browser too.

export type TTokenProblem =
  "consentTokenParts" | "consentTokenEncrypted" | "consentTokenHeader" | "consentTokenPayload";

export type TDecodedToken = { compact: string; header: ProtectedHeaderParameters; claims: JWTPayload };

/** What people paste: `Bearer <jwt>`, or a token wrapped over several lines. A JWT never holds whitespace. */
export function normaliseToken(raw: string): string {
  return raw.replace(/^\s*Bearer\s+/i, "").replace(/\s+/g, "");
}

export function decodeConsentToken(
  raw: string,
): { ok: true; token: TDecodedToken } | { ok: false; problem: TTokenProblem } {
  const compact = normaliseToken(raw);
  const parts = compact.split(".");
  // Five parts is a JWE: an encrypted token, which Maskinporten does not issue for consent.
  if (parts.length === 5) return { ok: false, problem: "consentTokenEncrypted" };
  if (parts.length !== 3 || parts.some((part) => part === "")) return { ok: false, problem: "consentTokenParts" };
  let header: ProtectedHeaderParameters;
  try {
    header = decodeProtectedHeader(compact);
  } catch {
    return { ok: false, problem: "consentTokenHeader" };
  }
  try {
    return { ok: true, token: { compact, header, claims: decodeJwt(compact) } };
  } catch {
    return { ok: false, problem: "consentTokenPayload" };
  }
}
