import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/platform/config/env";
import { malformedPathResponse } from "@/lib/platform/http/malformed-path";
import { REQUEST_PATH_HEADER, requestPathOf } from "@/lib/platform/http/request-path";
import {
  contentSecurityPolicy,
  createNonce,
  isForeignOriginMutation,
  PERMISSIONS_POLICY,
} from "@/lib/platform/http/security-headers";

/**
 * Runs before every request reaches a page, a route handler or a server action (Next.js 16's Proxy, formerly
 * Middleware). A malformed path is answered 404; then two defences:
 * - a state-changing request from a page of another origin is refused with 403 here, before Next.js' own server-action
 *   check (which answers 500) and before any route handler reads a cookie;
 * - a per-request nonce and the strict CSP built with it, set on the request (Next.js reads the nonce from there and
 *   puts it on its scripts) and on the response.
 * It also tells the pages which path was asked for (`REQUEST_PATH_HEADER`), for the return after signing in.
 */
export function proxy(request: NextRequest) {
  // A path that cannot name anything (broken percent-encoding, NUL, a lone surrogate) is not found, before Next.js
  // decodes it and fails with a 400 page or a bare 500 (lib/platform/http/malformed-path.ts).
  const malformed = malformedPathResponse(request);
  if (malformed) return malformed;
  if (isForeignOriginMutation(request)) {
    return new NextResponse("Cross-origin request refused", {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const nonce = createNonce();
  const csp = contentSecurityPolicy({
    nonce,
    dev: process.env.NODE_ENV === "development",
    https: (request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "")) === "https",
    formTargets: [new URL(env().OIDC_ISSUER).origin],
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // The page asked for, so a sign-in it leads to can return to it (lib/platform/auth/require-page-membership.ts).
  requestHeaders.set(REQUEST_PATH_HEADER, requestPathOf(request.nextUrl));
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("Permissions-Policy", PERMISSIONS_POLICY);
  return response;
}

export const config = {
  // Everything but the build's static files and images, which carry no state and render no HTML.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
