import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TCatalogDetail } from "@/lib/catalog/get-catalog-entry";
import type { TConsumerOrganisation } from "@/lib/catalog/list-consumer-organisations";
import { TextInLanguage } from "@/components/documentation/text-in-language";
import type { TLocale } from "@/lib/platform/i18n/locales";
import { CatalogEntryDocumentation, readerDocumentation } from "./catalog-entry-documentation";
import { ConsentSummary } from "./consent-summary";
import { EnvironmentBadges } from "./environment-badges";
import { RequestAccessSection } from "./request-access-section";

/** What the signed-in reader may do here; null for a visitor (the cached page). */
export type TCatalogEntryViewer = { consumers: TConsumerOrganisation[]; isOwnerMember: boolean } | null;

/**
 * One published consent service: its definition and documentation, and for a signed-in consumer where to ask for
 * access. Rendered per request by the portal's page and once per language and catalog revision by the cached one.
 */
export async function CatalogEntryView(props: { entry: TCatalogDetail; locale: TLocale; viewer: TCatalogEntryViewer }) {
  const { entry, locale, viewer } = props;
  const t = await getTranslations("catalog.detail");
  const consumers = viewer?.consumers ?? [];
  const showRequestAccess = consumers.length > 0;
  return (
    <article className="space-y-6">
      <Link href="/catalog" className="text-sm text-brand-700 underline underline-offset-2">
        {t("back")}
      </Link>
      <header className="space-y-2">
        {/* The owner's texts: a language left empty is shown in another, marked and said (issue 16.6, helper B). */}
        <TextInLanguage
          as="h1"
          className="text-2xl font-semibold break-words"
          text={entry.definition.title}
          locale={locale}
        />
        <p className="text-slate-600">{t("offeredBy", { owner: entry.owner.name })}</p>
        <TextInLanguage as="p" className="text-slate-800" text={entry.definition.description} locale={locale} />
        <EnvironmentBadges environments={entry.environments} />
        {entry.newerInTest !== null && (
          <p className="text-sm text-slate-700">{t("newerInTest", { test: entry.newerInTest, prod: entry.version })}</p>
        )}
        {viewer?.isOwnerMember && (
          <p>
            <Link
              href={`/orgs/${entry.owner.orgNumber}/resources/${entry.identifier}/documentation`}
              className="text-sm text-brand-700 underline underline-offset-2"
            >
              {t("editDocumentation")}
            </Link>
          </p>
        )}
      </header>
      <ConsentSummary entry={entry} />
      {showRequestAccess && (
        <RequestAccessSection
          organisations={consumers}
          steps={readerDocumentation(entry, locale).content.steps}
          stepsLanguage={readerDocumentation(entry, locale).language}
          ownerName={entry.owner.name}
          accessListEnabled={entry.definition.accessListMode === "Enabled"}
          identifier={entry.identifier}
          environments={entry.environments.map((published) => published.environment)}
        />
      )}
      <CatalogEntryDocumentation entry={entry} locale={locale} stepsAbove={showRequestAccess} />
    </article>
  );
}
