const BASE = "http://portal.invalid";

/**
 * A path inside the portal to return to after signing in, or "/". The one safe-redirect rule, used by the sign-in
 * page and by next-auth's `redirect` callback (`safeRedirectUrl`).
 *
 * Control characters and backslashes are refused outright: browsers drop tabs and newlines from a Location header
 * and read `\` as `/`, which would turn `/\t/evil.example` into the protocol-relative `//evil.example`. The check is
 * made on the path as the URL parser normalises it, not on the text given: `/..//evil.example` is a path that
 * starts with one slash, but `..` is removed and what remains, `//evil.example`, is another host.
 */
export function safeCallbackPath(candidate: unknown): string {
  if (typeof candidate !== "string" || !candidate.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(candidate))
    return "/";
  let url: URL;
  try {
    url = new URL(candidate, BASE);
  } catch {
    return "/";
  }
  if (url.origin !== BASE || url.pathname.startsWith("//")) return "/";
  return `${url.pathname}${url.search}`;
}

/**
 * next-auth's `redirect` callback: an absolute URL on the portal's own origin for a portal path (relative, or
 * absolute on the portal's origin), the portal's home for anything else. It never throws, so a foreign or
 * malformed `callbackUrl` is not a 500.
 */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  const base = baseUrl.replace(/\/$/, "");
  let path: unknown = url;
  if (!url.startsWith("/")) {
    try {
      const parsed = new URL(url);
      path = parsed.origin === new URL(base).origin ? `${parsed.pathname}${parsed.search}` : "/";
    } catch {
      path = "/";
    }
  }
  return `${base}${safeCallbackPath(path)}`;
}
