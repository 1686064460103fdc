import { resourceIdentifierParam } from "@/lib/platform/http/route-params";
import { chooseLocale, LOCALE_COOKIE, type TLocale } from "@/lib/platform/i18n/locales";

// Which requests the proxy (proxy.ts) answers from the statically rendered public pages (app/(public)/public/[locale]):
// the landing page, the catalog's pages and its entries, asked by a visitor who is not signed in. Everything else,
// a search (`?q=`) included, stays on the portal's pages, rendered per request with the CSP nonce.

/** The path prefix of the static pages: reached only through the proxy's rewrite, never asked for directly. */
export const PUBLIC_PAGES_PREFIX = "/public";

/** next-auth's session cookie (default names; chunked `.0`, `.1`… when large): app/api/logout/route.ts clears them. */
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/** The catalog's page numbers a static page is kept for; larger ones (typos, crawlers) are rendered per request. */
export const MAX_STATIC_CATALOG_PAGE = 1000;

export type TPublicPage =
  { kind: "landing" } | { kind: "catalog"; page: number } | { kind: "entry"; identifier: string };

export type TPublicPageRequest = {
  method: string;
  /** As received (percent-encoded). */
  pathname: string;
  searchParams: URLSearchParams;
  cookies: { name: string; value: string }[];
  acceptLanguage: string | null;
};

/** True when any cookie is (a chunk of) the session cookie: the page shows the person, so it is not shared. */
export function hasSessionCookie(cookies: TPublicPageRequest["cookies"]): boolean {
  return cookies.some(({ name }) =>
    SESSION_COOKIES.some((session) => name === session || name.startsWith(`${session}.`)),
  );
}

// Query parameters a static page may be asked with: the page number, and `_rsc`, Next.js' cache-busting marker on
// the client router's requests for a page's payload. Anything else (`q`, a tracking parameter) goes to the portal.
const STATIC_QUERY = new Set(["page", "_rsc"]);

function catalogPageNumber(searchParams: URLSearchParams): number | null {
  const values = searchParams.getAll("page");
  if (values.length === 0) return 1;
  // One canonical number only: `?page=02` or `?page=1&page=2` would be a second address for the same page.
  const [value] = values;
  if (values.length > 1 || !value || !/^[1-9]\d{0,3}$/.test(value)) return null;
  const page = Number(value);
  return page <= MAX_STATIC_CATALOG_PAGE ? page : null;
}

function publicPageOf(pathname: string, searchParams: URLSearchParams): TPublicPage | null {
  if ([...searchParams.keys()].some((key) => !STATIC_QUERY.has(key))) return null;
  if (pathname === "/") return searchParams.has("page") ? null : { kind: "landing" };
  if (pathname === "/catalog") {
    const page = catalogPageNumber(searchParams);
    return page === null ? null : { kind: "catalog", page };
  }
  const match = /^\/catalog\/([^/]+)$/.exec(pathname);
  if (!match || searchParams.has("page")) return null;
  // Only what could name a resource: anything else is the portal's 404, never a cached page per made-up path.
  const identifier = resourceIdentifierParam(match[1]);
  return identifier === null ? null : { kind: "entry", identifier };
}

/**
 * The static page (and its language) for an anonymous GET or HEAD of `/`, `/catalog` (`?page=n` up to
 * `MAX_STATIC_CATALOG_PAGE`) or `/catalog/<identifier>`; null for every other request. The language is the one the
 * portal's pages would use (`chooseLocale`: the locale cookie, then Accept-Language).
 */
export function publicPageFor(request: TPublicPageRequest): { page: TPublicPage; locale: TLocale } | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (hasSessionCookie(request.cookies)) return null;
  const page = publicPageOf(request.pathname, request.searchParams);
  if (!page) return null;
  const chosen = request.cookies.find(({ name }) => name === LOCALE_COOKIE)?.value;
  return { page, locale: chooseLocale(chosen, request.acceptLanguage) };
}

/** Whether the page's content follows the catalog (so its path carries the catalog's revision). */
export function followsCatalog(page: TPublicPage): boolean {
  return page.kind !== "landing";
}

/**
 * The path the proxy rewrites to. The catalog's pages carry its revision (lib/catalog/catalog-revision.ts), so a
 * change committed by any process is a new cache key in every replica as soon as its notification arrives.
 */
export function publicPagePath(page: TPublicPage, locale: TLocale, revision: string): string {
  const base = `${PUBLIC_PAGES_PREFIX}/${locale}`;
  if (page.kind === "landing") return base;
  if (page.kind === "catalog") return `${base}/${revision}/catalog/${page.page}`;
  return `${base}/${revision}/entry/${encodeURIComponent(page.identifier)}`;
}

/** A request for the static pages' own paths: they have one public address each, so these are not found. */
export function isPublicPagesPath(pathname: string): boolean {
  // Compared as Next.js may match it: decoded (`/%70ublic`) and in any case.
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // A broken encoding names no page (lib/platform/http/malformed-path.ts answers it first).
  }
  path = path.toLowerCase();
  return path === PUBLIC_PAGES_PREFIX || path.startsWith(`${PUBLIC_PAGES_PREFIX}/`);
}
