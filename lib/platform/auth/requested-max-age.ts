// A login the portal started with `max_age` (the step-up, components/auth/step-up-button.tsx) must come back with an ID
// token whose `auth_time` shows an authentication within that age (OIDC Core 3.1.2.1 and 3.1.3.7 item 13): an IdP, or
// someone editing the authorization URL, that answers from an older IdP session is refused at once instead of starting
// a session that would be refused again. next-auth 4 keeps no note of the authorization parameters, so the sign-in
// step leaves one in a short-lived cookie for the callback (app/api/auth/[...nextauth]/route.ts). Dropping the cookie
// gains nothing: the session starts from `auth_time` whatever was asked (start-session.ts), and production changes
// check that time.

export const MAX_AGE_COOKIE = "portal.requested-max-age";
/** Long enough for a login at the IdP; the callback clears it. */
export const MAX_AGE_COOKIE_SECONDS = 15 * 60;
/** Clocks of the portal and the IdP differ a little; a login page takes no longer than this to come back from. */
const CLOCK_TOLERANCE_SECONDS = 120;

/** The `max_age` of an authorization request, in whole seconds; undefined when absent or not a whole number. */
export function parseMaxAge(value: string | null | undefined): number | undefined {
  if (!value || !/^\d{1,9}$/.test(value)) return undefined;
  return Number(value);
}

/**
 * Refuses a login whose ID token does not show an authentication within `maxAgeSeconds` (none asked: anything goes). The
 * error stops next-auth's callback, which sends the browser to the sign-in page with `error=Callback`.
 */
export function checkAuthTime(options: { authTime: Date | undefined; maxAgeSeconds: number | undefined; now: Date }) {
  const { authTime, maxAgeSeconds, now } = options;
  if (maxAgeSeconds === undefined) return;
  if (!authTime) throw new Error("the ID token has no auth_time although max_age was requested");
  if (now.getTime() - authTime.getTime() > (maxAgeSeconds + CLOCK_TOLERANCE_SECONDS) * 1000) {
    throw new Error(`the ID token's auth_time is older than the requested max_age of ${maxAgeSeconds} s`);
  }
}
