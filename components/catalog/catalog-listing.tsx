import { getTranslations } from "next-intl/server";
import { PageShell } from "@/components/layout/page-shell";
import { Pagination } from "@/components/ui/pagination";
import type { TCatalogPage } from "@/lib/catalog/search-catalog";
import type { TLocale } from "@/lib/platform/i18n/locales";
import { CatalogResults } from "./catalog-results";
import { CatalogSearchForm } from "./catalog-search-form";

/**
 * The catalog page's body: the search form, then one page of results or, when the visitor searched too often, why
 * not. Rendered per request by the portal's page (a search, a signed-in person) and once per language and catalog
 * revision by the cached one (app/(public)/public/[locale]/[revision]/catalog/[page]).
 */
export async function CatalogListing(props: {
  query: string;
  locale: TLocale;
  page: TCatalogPage | null;
  limited?: { retryAfter: number } | null;
}) {
  const { query, page, limited } = props;
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
            <CatalogResults entries={page.entries} total={page.total} query={query} locale={props.locale} />
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
