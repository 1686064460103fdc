import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { CatalogListing } from "@/components/catalog/catalog-listing";
import { pageTitle } from "@/components/layout/page-loaders";
import { cachedCatalogPage } from "@/lib/catalog/cached-catalog";
import { limitCatalogSearch } from "@/lib/catalog/limit-catalog-search";
import { toLocale } from "@/lib/platform/i18n/locales";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export const generateMetadata = pageTitle("catalog");

/**
 * The public catalog of published consent services, 20 to a page; no login needed. Rendered here for a search and for
 * a signed-in person; a visitor's plain pages come from the cache (app/(public)/public/[locale]/[revision]/catalog).
 */
export default async function CatalogPage({ searchParams }: PageProps<"/catalog">) {
  const { q, page: pageParam } = await searchParams;
  const query = (typeof q === "string" ? q : "").trim();
  const requestedPage = Number(typeof pageParam === "string" ? pageParam : "1");
  const locale = toLocale(await getLocale());
  const limited = query ? await limitCatalogSearch(await headers()) : null;
  const page = limited
    ? null
    : await cachedCatalogPage({ query, locale, page: Number.isSafeInteger(requestedPage) ? requestedPage : 1 });
  return (
    <ClientMessages route="catalog/page">
      <CatalogListing query={query} locale={locale} page={page} limited={limited} />
    </ClientMessages>
  );
}
