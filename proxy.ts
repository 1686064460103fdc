import { NextResponse, type NextRequest } from "next/server";
import { announcedCatalogRevision } from "@/lib/catalog/catalog-revision";
import {
  followsCatalog,
  isPublicPagesPath,
  publicPageFor,
  publicPagePath,
  type TPublicPage,
} from "@/lib/catalog/public-page-request";
import { env } from "@/lib/platform/config/env";
import { malformedPathResponse } from "@/lib/platform/http/malformed-path";
import { REQUEST_PATH_HEADER, requestPathOf } from "@/lib/platform/http/request-path";
import type { TLocale } from "@/lib/platform/i18n/locales";
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
 *
 * A visitor who is not signed in gets the landing page, the catalog and its entries from the cache: the request is
 * rewritten to the statically rendered page for their language (app/(public)/public/[locale]; the catalog's pages
 * under the catalog's current revision, held in memory and kept current by PostgreSQL's NOTIFY:
 * lib/catalog/catalog-revision.ts), with a CSP without a nonce
 * (lib/platform/http/security-headers.ts says why that is acceptable there). Those pages' own paths are not found.
 */
export async function proxy(request: NextRequest) {
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
  const publicPage = publicPageFor({
    method: request.method,
    pathname: request.nextUrl.pathname,
    searchParams: request.nextUrl.searchParams,
    cookies: request.cookies.getAll(),
    acceptLanguage: request.headers.get("accept-language"),
  });
  const cached = publicPage && (await publicPageRewrite(request, publicPage));
  if (cached) return cached;
  const nonce = createNonce();
  const csp = policyFor(request, nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // The page asked for, so a sign-in it leads to can return to it (lib/platform/auth/require-page-membership.ts).
  requestHeaders.set(REQUEST_PATH_HEADER, requestPathOf(request.nextUrl));
  requestHeaders.set("Content-Security-Policy", csp);
  const response = isPublicPagesPath(request.nextUrl.pathname)
    ? NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("Permissions-Policy", PERMISSIONS_POLICY);
  return response;
}

/** A path no page matches: answered by app/global-not-found.tsx with 404. */
const NOT_FOUND_PATH = "/_public-pages-are-not-addressed-directly";

function policyFor(request: NextRequest, nonce: string | null) {
  const https = (request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "")) === "https";
  if (nonce === null) return (nonceFreePolicies[https ? 1 : 0] ??= buildPolicy(null, https));
  return buildPolicy(nonce, https);
}

/**
 * The public pages' policy over http and https: it has no nonce and nothing else that varies by request, and the
 * configuration it reads is fixed for the process's life, so it is built once per process.
 */
const nonceFreePolicies: [string?, string?] = [];

function buildPolicy(nonce: string | null, https: boolean) {
  return contentSecurityPolicy({
    nonce,
    dev: process.env.NODE_ENV === "development",
    https,
    formTargets: [new URL(env().OIDC_ISSUER).origin],
  });
}

/** The rewrite to the cached public page; null (render per request instead) when the revision cannot be read. */
async function publicPageRewrite(request: NextRequest, { page, locale }: { page: TPublicPage; locale: TLocale }) {
  let revision = "";
  try {
    if (followsCatalog(page)) revision = await announcedCatalogRevision();
  } catch {
    return null;
  }
  const target = new URL(publicPagePath(page, locale, revision), request.url);
  // Next.js' marker on its router's payload requests goes along; nothing else of the query is read there.
  const rsc = request.nextUrl.searchParams.get("_rsc");
  if (rsc !== null) target.searchParams.set("_rsc", rsc);
  // No nonce header reaches a page rendered for everyone, whatever the client sent (copied only then: it costs).
  let rewrite: Parameters<typeof NextResponse.rewrite>[1];
  if (request.headers.has("content-security-policy") || request.headers.has("x-nonce")) {
    const headers = new Headers(request.headers);
    headers.delete("content-security-policy");
    headers.delete("x-nonce");
    rewrite = { request: { headers } };
  }
  const response = NextResponse.rewrite(target, rewrite);
  response.headers.set("Content-Security-Policy", policyFor(request, null));
  response.headers.set("Permissions-Policy", PERMISSIONS_POLICY);
  // The address serves another page to a signed-in person or in another language: no shared cache may keep it
  // (Next.js would mark the static page `s-maxage` for a year); the browser revalidates it each time.
  response.headers.set("Cache-Control", "private, no-cache");
  return response;
}

export const config = {
  // Everything but the build's static files and images, which carry no state and render no HTML.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
