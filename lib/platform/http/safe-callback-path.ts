/**
 * A path inside the portal to return to after signing in, or "/". Control characters and backslashes are
 * refused outright: browsers drop tabs and newlines from a Location header and read `\` as `/`, which
 * would turn `/\t/evil.example` into the protocol-relative `//evil.example`.
 */
export function safeCallbackPath(candidate: unknown): string {
  if (typeof candidate !== "string" || !candidate.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(candidate))
    return "/";
  if (candidate.startsWith("//")) return "/";
  const url = new URL(candidate, "http://portal.invalid");
  return url.origin === "http://portal.invalid" ? `${url.pathname}${url.search}` : "/";
}
