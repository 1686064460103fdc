import type { Profile } from "next-auth";

/**
 * The ID token's `auth_time` (OIDC Core 2: seconds since the epoch) as a date, or undefined when the IdP gives none or
 * something that is not a time. The token's signature, issuer, audience and nonce are checked by next-auth's OIDC client
 * before this is read, so the IdP vouches for it.
 */
export function authTimeOf(profile: Pick<Profile, "auth_time">): Date | undefined {
  const seconds = profile.auth_time;
  if (typeof seconds !== "number" || !Number.isFinite(seconds) || seconds <= 0) return undefined;
  return new Date(seconds * 1000);
}
