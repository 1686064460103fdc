import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { CatalogEntryView } from "@/components/catalog/catalog-entry-view";
import { getSessionUser } from "@/lib/platform/auth/get-session-user";
import { cachedCatalogEntry } from "@/lib/catalog/cached-catalog";
import { listConsumerOrganisations } from "@/lib/catalog/list-consumer-organisations";
import { inLocale } from "@/lib/consent-resources/localized";
import { toLocale } from "@/lib/platform/i18n/locales";
import { listUserOrganisations } from "@/lib/organisations/list-user-organisations";
import { resourceIdentifierParam } from "@/lib/platform/http/route-params";

// The published entry and its documentation come from memory until the catalog changes (lib/catalog/cached-catalog.ts).
const loadEntry = cache((identifier: string) => cachedCatalogEntry(identifier));

async function uiLocale() {
  return toLocale(await getLocale());
}

export async function generateMetadata({ params }: PageProps<"/catalog/[identifier]">) {
  const identifier = resourceIdentifierParam((await params).identifier);
  const entry = identifier && (await loadEntry(identifier));
  const t = await getTranslations("catalog");
  return { title: entry ? inLocale(entry.definition.title, await uiLocale()) : t("title") };
}

/**
 * One published consent service, for a signed-in person (with where to ask for access); a visitor gets the cached
 * copy (app/(public)/public/[locale]/[revision]/entry/[identifier], proxy.ts).
 */
export default async function CatalogEntryPage({ params }: PageProps<"/catalog/[identifier]">) {
  const identifier = resourceIdentifierParam((await params).identifier) ?? notFound();
  const entry = await loadEntry(identifier);
  if (!entry) notFound();
  const user = await getSessionUser();
  const [consumers, memberships] = user
    ? await Promise.all([listConsumerOrganisations({ userId: user.id }), listUserOrganisations({ userId: user.id })])
    : [[], []];
  const viewer = user
    ? { consumers, isOwnerMember: memberships.some((m) => m.orgNumber === entry.owner.orgNumber) }
    : null;
  return <CatalogEntryView entry={entry} locale={await uiLocale()} viewer={viewer} />;
}
