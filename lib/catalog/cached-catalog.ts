import "server-only";
import { createRevisionMemo } from "@/lib/platform/cache/revision-memo";
import type { TLocale } from "@/lib/platform/i18n/locales";
import { catalogRevision } from "./catalog-revision";
import { getCatalogEntry, type TCatalogDetail } from "./get-catalog-entry";
import { searchCatalog, type TCatalogPage } from "./search-catalog";

// The public catalog's data, served from memory until the catalog's revision moves on.
//
// Why not Next.js' own caches: the strict CSP puts a fresh nonce into every page (proxy.ts), and Next.js applies it
// only while rendering, so these pages are rendered per request (Next.js' CSP guide: nonces need dynamic rendering;
// ISR and Partial Prerendering cannot carry them). What can be kept is their data. `unstable_cache` and
// `revalidateTag` keep it per replica and are told of a change only in the process that makes it, while publications
// also change in the upstream worker; a revision read from PostgreSQL reaches every replica and process alike.

const pages = createRevisionMemo<TCatalogPage>({ max: 300 });
const details = createRevisionMemo<TCatalogDetail | null>({ max: 500 });

export async function cachedCatalogPage(options: { query: string; locale: TLocale; page: number }) {
  const key = JSON.stringify([options.locale, options.page, options.query]);
  return pages(key, await catalogRevision(), () => searchCatalog(options));
}

export async function cachedCatalogEntry(identifier: string) {
  return details(identifier, await catalogRevision(), () => getCatalogEntry({ identifier }));
}
