import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { CatalogEntryView } from "@/components/catalog/catalog-entry-view";
import { getCatalogEntry } from "@/lib/catalog/get-catalog-entry";
import { inLocale } from "@/lib/consent-resources/localized";
import { resourceIdentifierParam } from "@/lib/platform/http/route-params";
import { intlLocale } from "@/lib/platform/i18n/locales";
import { publicLocale } from "../../../public-locale";

// One catalog entry for a visitor, rendered on its first request under the catalog's revision (proxy.ts) and served
// from Next.js' cache until the revision moves on; an unpublished identifier is a (cached) 404 alike.
export const dynamic = "error";
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

type TProps = PageProps<"/public/[locale]/[revision]/entry/[identifier]">;

const loadEntry = cache((identifier: string) => getCatalogEntry({ identifier }));

async function entryOf(params: TProps["params"]) {
  const { revision, identifier: raw } = await params;
  const identifier = resourceIdentifierParam(raw);
  return /^\d+$/.test(revision) && identifier ? await loadEntry(identifier) : null;
}

export async function generateMetadata({ params }: TProps) {
  const locale = await publicLocale(params);
  const entry = await entryOf(params);
  const t = await getTranslations({ locale: intlLocale(locale), namespace: "catalog" });
  return { title: entry ? inLocale(entry.definition.title, locale) : t("title") };
}

export default async function PublicCatalogEntryPage({ params }: TProps) {
  const locale = await publicLocale(params);
  const entry = (await entryOf(params)) ?? notFound();
  return <CatalogEntryView entry={entry} locale={locale} viewer={null} />;
}
