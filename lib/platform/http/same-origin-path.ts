import type { NextRequest } from "next/server";

/** The path of a URL when it points back into the portal; null otherwise (no open redirects). */
export function sameOriginPath(request: NextRequest, candidate: string | null): string | null {
  if (!candidate) return null;
  try {
    const url = new URL(candidate, request.nextUrl.origin);
    if (url.origin !== request.nextUrl.origin) return null;
    // `//host/x` would be read as protocol-relative when used as a redirect target.
    return url.pathname.startsWith("//") ? null : `${url.pathname}${url.search}`;
  } catch {
    return null;
  }
}
