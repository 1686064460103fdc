import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { CatalogResults } from "@/components/catalog/catalog-results";
import { CatalogSearchForm } from "@/components/catalog/catalog-search-form";
import { limitCatalogSearch } from "@/lib/catalog/limit-catalog-search";
import { searchCatalog } from "@/lib/catalog/search-catalog";
import { isLocale } from "@/lib/platform/i18n/locales";

export async function generateMetadata() {
  const t = await getTranslations("catalog");
  return { title: t("title") };
}

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
    <section className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </div>
      <CatalogSearchForm query={query} />
      {limited ? (
        <p role="alert" className="text-slate-800">
          {tErrors("rateLimited", { retryAfter: limited.retryAfter })}
        </p>
      ) : (
        <CatalogResults entries={entries} query={query} locale={locale} />
      )}
    </section>
  );
}
