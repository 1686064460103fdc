import type { JWK } from "jose";
import { publicPart } from "../maskinporten-store";
import { badRequest, conflict } from "./admin-request";

const MAX_KEYS = 5;
const MODULUS_BITS = 2048;

/**
 * Maskinporten's rules for a client's key set: at most 5 RSA keys for RS256 signing, 2048-bit modulus, each with
 * a kid that no other client in the environment uses (409) and that is not repeated within the set (400).
 */
export function validateJwks(body: unknown, kidsOfOtherClients: Set<string>): JWK[] {
  const keys = (body as { keys?: unknown } | undefined)?.keys;
  if (!Array.isArray(keys)) throw badRequest('The body must be {"keys": [...]}');
  if (keys.length > MAX_KEYS) throw badRequest(`At most ${MAX_KEYS} keys are allowed, got ${keys.length}`);
  const seen = new Set<string>();
  return keys.map((key: unknown, index) => {
    if (!key || typeof key !== "object") throw badRequest(`keys[${index}] must be an object`);
    const jwk = key as JWK;
    const label = `keys[${index}]${typeof jwk.kid === "string" ? ` (kid ${jwk.kid})` : ""}`;
    if (typeof jwk.kid !== "string" || jwk.kid === "") throw badRequest(`${label}: kid is required`);
    if (jwk.kty !== "RSA") throw badRequest(`${label}: kty must be RSA`);
    if (jwk.alg !== undefined && jwk.alg !== "RS256") throw badRequest(`${label}: alg must be RS256`);
    if (jwk.use !== undefined && jwk.use !== "sig") throw badRequest(`${label}: use must be sig`);
    if (typeof jwk.e !== "string" || jwk.e === "") throw badRequest(`${label}: e is required`);
    if (typeof jwk.n !== "string" || jwk.n === "") throw badRequest(`${label}: n is required`);
    const bits = modulusBits(jwk.n);
    if (bits !== MODULUS_BITS) throw badRequest(`${label}: the modulus must be ${MODULUS_BITS} bits, got ${bits}`);
    if (seen.has(jwk.kid)) throw badRequest(`${label}: kid appears twice in the set`);
    if (kidsOfOtherClients.has(jwk.kid)) throw conflict(`${label}: kid is already used by another client`);
    seen.add(jwk.kid);
    return publicPart(jwk);
  });
}

function modulusBits(n: string): number {
  const bytes = Buffer.from(n, "base64url");
  let start = 0;
  while (start < bytes.length && bytes[start] === 0) start++;
  if (start === bytes.length) return 0;
  return (bytes.length - start - 1) * 8 + (bytes[start] ?? 0).toString(2).length;
}
