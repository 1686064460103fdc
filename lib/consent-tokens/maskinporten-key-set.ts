import { createRemoteJWKSet } from "jose";

// Maskinporten's signing keys, fetched once per JWKS URL and kept: keys rotate rarely, and jose refetches
// by itself when a token names a kid it has not seen (at most once per cooldown). A slow Maskinporten must
// not hold a request for long, hence the timeout.

const TIMEOUT_MS = 5_000;
const CACHE_MAX_AGE_MS = 10 * 60_000;
const COOLDOWN_MS = 30_000;

const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

export function maskinportenKeySet(jwksUrl: string): ReturnType<typeof createRemoteJWKSet> {
  let keySet = keySets.get(jwksUrl);
  if (!keySet) {
    keySet = createRemoteJWKSet(new URL(jwksUrl), {
      timeoutDuration: TIMEOUT_MS,
      cacheMaxAge: CACHE_MAX_AGE_MS,
      cooldownDuration: COOLDOWN_MS,
    });
    keySets.set(jwksUrl, keySet);
  }
  return keySet;
}
