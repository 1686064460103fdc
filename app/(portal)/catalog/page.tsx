import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { CatalogResults } from "@/components/catalog/catalog-results";
import { CatalogSearchForm } from "@/components/catalog/catalog-search-form";
import { pageTitle } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { Pagination } from "@/components/ui/pagination";
import { cachedCatalogPage } from "@/lib/catalog/cached-catalog";
import { limitCatalogSearch } from "@/lib/catalog/limit-catalog-search";
import { toLocale } from "@/lib/platform/i18n/locales";

export const generateMetadata = pageTitle("catalog");

/** The public catalog of published consent services, 20 to a page; no login needed. */
export default async function CatalogPage({ searchParams }: PageProps<"/catalog">) {
  const { q, page: pageParam } = await searchParams;
  const query = (typeof q === "string" ? q : "").trim();
  const requestedPage = Number(typeof pageParam === "string" ? pageParam : "1");
  const locale = toLocale(await getLocale());
  const limited = query ? await limitCatalogSearch(await headers()) : null;
  const page = limited
    ? null
    : await cachedCatalogPage({ query, locale, page: Number.isSafeInteger(requestedPage) ? requestedPage : 1 });
  const t = await getTranslations("catalog");
  const tErrors = await getTranslations("errors");
  return (
    <PageShell title={t("title")} intro={t("intro")} spacing="lg">
      <CatalogSearchForm query={query} />
      {limited ? (
        <p role="alert" className="text-slate-800">
          {tErrors("rateLimited", { retryAfter: limited.retryAfter })}
        </p>
      ) : (
        page && (
          <>
            <CatalogResults entries={page.entries} total={page.total} query={query} locale={locale} />
            <Pagination
              basePath="/catalog"
              page={page.page}
              pageCount={page.pageCount}
              params={query ? { q: query } : {}}
            />
          </>
        )
      )}
    </PageShell>
  );
}
