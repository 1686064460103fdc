import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CatalogListing } from "@/components/catalog/catalog-listing";
import { MAX_STATIC_CATALOG_PAGE } from "@/lib/catalog/public-page-request";
import { searchCatalog } from "@/lib/catalog/search-catalog";
import { intlLocale } from "@/lib/platform/i18n/locales";
import { publicLocale } from "../../../public-locale";

// One page of the catalog for a visitor, rendered on its first request under the catalog's revision (proxy.ts puts
// the current one in the path) and served from Next.js' cache until the revision moves on.
export const dynamic = "error";
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

type TProps = PageProps<"/public/[locale]/[revision]/catalog/[page]">;

export async function generateMetadata({ params }: TProps) {
  const t = await getTranslations({ locale: intlLocale(await publicLocale(params)), namespace: "catalog" });
  return { title: t("title") };
}

export default async function PublicCatalogPage({ params }: TProps) {
  const locale = await publicLocale(params);
  const { revision, page: pageParam } = await params;
  const page = Number(pageParam);
  if (!/^\d+$/.test(revision) || !/^[1-9]\d*$/.test(pageParam) || page > MAX_STATIC_CATALOG_PAGE) notFound();
  const result = await searchCatalog({ query: "", locale, page });
  return <CatalogListing query="" locale={locale} page={result} />;
}
