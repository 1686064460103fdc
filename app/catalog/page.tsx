import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { CatalogResults } from "@/components/catalog/catalog-results";
import { CatalogSearchForm } from "@/components/catalog/catalog-search-form";
import { pageTitle } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { limitCatalogSearch } from "@/lib/catalog/limit-catalog-search";
import { searchCatalog } from "@/lib/catalog/search-catalog";
import { isLocale } from "@/lib/platform/i18n/locales";

export const generateMetadata = pageTitle("catalog");

/** The public catalog of published consent services; no login needed. */
export default async function CatalogPage({ searchParams }: PageProps<"/catalog">) {
  const { q } = await searchParams;
  const query = (typeof q === "string" ? q : "").trim();
  const uiLocale = await getLocale();
  const locale = isLocale(uiLocale) ? uiLocale : "nb";
  const limited = query ? await limitCatalogSearch(await headers()) : null;
  const entries = limited ? [] : await searchCatalog({ query, locale });
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
        <CatalogResults entries={entries} query={query} locale={locale} />
      )}
    </PageShell>
  );
}
