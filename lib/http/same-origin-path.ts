import type { NextRequest } from "next/server";

/** The path of a URL when it points back into the portal; null otherwise (no open redirects). */
export function sameOriginPath(request: NextRequest, candidate: string | null): string | null {
  if (!candidate) return null;
  try {
    const url = new URL(candidate, request.nextUrl.origin);
    return url.origin === request.nextUrl.origin ? `${url.pathname}${url.search}` : null;
  } catch {
    return null;
  }
}
