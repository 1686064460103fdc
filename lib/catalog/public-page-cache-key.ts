import type { IncomingMessage } from "node:http";
import type { TDocumentKey } from "@/lib/platform/cache/document-response-cache";
import { followsCatalog, publicPageFor, publicPagePath } from "./public-page-request";

// The key under which the portal's HTTP server keeps a visitor's public page (lib/platform/cache/
// document-response-cache.ts): the same decision proxy.ts makes (`publicPageFor`: an anonymous GET of the landing page,
// a catalog page or an entry, in the visitor's language), under the catalog's revision as the proxy holds it in memory,
// and the scheme (the page's CSP says `upgrade-insecure-requests` over https only). No revision held (the proxy's
// listener is not confirmed yet, or lost): no key, and the request goes to Next.js, which reads the revision itself.

/** Where the proxy's process publishes its in-memory revision (lib/catalog/catalog-revision.ts): one per process. */
const SLOT = Symbol.for("consent-portal.catalog-revision.peek");

type TSlot = { [SLOT]?: () => string | null };

/** Called by catalog-revision.ts: the proxy is bundled apart from the server, so they meet on globalThis. */
export function publishCatalogRevisionPeek(peek: () => string | null): void {
  (globalThis as TSlot)[SLOT] = peek;
}

function cookiesOf(header: string | undefined): { name: string; value: string }[] {
  if (!header) return [];
  return header.split(";").flatMap((pair) => {
    const at = pair.indexOf("=");
    if (at < 0) return [];
    const name = pair.slice(0, at).trim();
    const raw = pair.slice(at + 1).trim();
    try {
      return [{ name, value: decodeURIComponent(raw) }];
    } catch {
      return [{ name, value: raw }];
    }
  });
}

/** The key, and the path Next.js' proxy rewrites the request to, as its `x-middleware-rewrite` header says. */
export type TPublicDocumentKey = TDocumentKey & { expectedRewrite: string };

export function publicPageCacheKey(req: IncomingMessage): TPublicDocumentKey | null {
  const url = new URL(req.url ?? "/", "http://portal.invalid");
  const chosen = publicPageFor({
    method: req.method ?? "GET",
    pathname: url.pathname,
    searchParams: url.searchParams,
    cookies: cookiesOf(req.headers.cookie),
    acceptLanguage: req.headers["accept-language"] ?? null,
  });
  if (!chosen) return null;
  let revision = "";
  if (followsCatalog(chosen.page)) {
    const held = (globalThis as TSlot)[SLOT]?.() ?? null;
    if (held === null) return null;
    revision = held;
  }
  const path = publicPagePath(chosen.page, chosen.locale, revision);
  // As proxy.ts decides it: the forwarded scheme, else the connection's own.
  const forwarded = req.headers["x-forwarded-proto"];
  const https =
    forwarded === undefined ? Boolean((req.socket as { encrypted?: boolean }).encrypted) : forwarded === "https";
  return {
    key: `${https ? "https" : "http"} ${path}`,
    expectedRewrite: path,
    // Kept when Next.js served it from its own cache (`x-nextjs-cache: HIT`) for the very page the key names, for as
    // long as the key is asked for (the revision in it moves on with the data).
    keepUntil: (sent) =>
      sent["x-nextjs-cache"] === "HIT" && sent["x-middleware-rewrite"] === path ? Number.POSITIVE_INFINITY : null,
  };
}
