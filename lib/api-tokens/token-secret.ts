import "server-only";
import { createHash, randomBytes } from "node:crypto";

// An API token is `cpt_` and 256 random bits (base64url). Only its SHA-256 is stored. A password hash (scrypt, argon2)
// slows the guessing of low-entropy secrets that people choose; a 256-bit random secret cannot be guessed however fast
// each guess is, so one fast hash is the right tool (as GitHub does for its tokens): a database leak reveals no usable
// token, and a request is checked with one indexed lookup of the hash, which also compares in constant time for free
// (no secret byte is ever compared with another). The prefix (`cpt_` and the first 8 characters) is kept in clear so
// people can tell their tokens apart in the list and in logs; 8 characters of 43 leave 208 bits unknown.

export const API_TOKEN_PREFIX = "cpt_";
const SECRET_BYTES = 32;
const VISIBLE_CHARACTERS = API_TOKEN_PREFIX.length + 8;

/** The SHA-256 of a presented token (hex), to look it up by. */
export function hashApiTokenSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** A new token: the secret (shown once, never stored), its visible prefix, and the hash that is stored. */
export function newApiTokenSecret(): { secret: string; prefix: string; secretHash: string } {
  const secret = API_TOKEN_PREFIX + randomBytes(SECRET_BYTES).toString("base64url");
  return { secret, prefix: secret.slice(0, VISIBLE_CHARACTERS), secretHash: hashApiTokenSecret(secret) };
}
