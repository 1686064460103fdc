/**
 * How long a login lasts. The absolute lifetime counts from the login and never slides; the idle timeout counts
 * from the last request. Both are checked on the server (resolve-session.ts) against the session's row, so neither
 * depends on the cookie's own expiry, which a copied cookie would keep.
 */
export const SESSION_ABSOLUTE_LIFETIME_MS = 12 * 60 * 60 * 1000;
export const SESSION_IDLE_TIMEOUT_MS = 30 * 60 * 1000;
/** `lastSeenAt` is written at most this often, so a page with many requests does not write a row for each. */
export const SESSION_TOUCH_INTERVAL_MS = 60 * 1000;
