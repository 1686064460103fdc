import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { ConsentSummary } from "@/components/catalog/consent-summary";
import { EnvironmentBadges } from "@/components/catalog/environment-badges";
import { RequestAccessSection } from "@/components/catalog/request-access-section";
import { DocumentationView } from "@/components/documentation/documentation-view";
import { getSessionUser } from "@/lib/platform/auth/get-session-user";
import { cachedCatalogEntry } from "@/lib/catalog/cached-catalog";
import { listConsumerOrganisations } from "@/lib/catalog/list-consumer-organisations";
import { inLocale } from "@/lib/consent-resources/localized";
import { defaultDocumentation } from "@/lib/documentation/default-documentation";
import { toLocale } from "@/lib/platform/i18n/locales";
import { listUserOrganisations } from "@/lib/organisations/list-user-organisations";
import { resourceIdentifierParam } from "@/lib/platform/http/route-params";
import { Section } from "@/components/ui/section";

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

/** One published consent service: the published definition and its documentation; public. */
export default async function CatalogEntryPage({ params }: PageProps<"/catalog/[identifier]">) {
  const identifier = resourceIdentifierParam((await params).identifier) ?? notFound();
  const entry = await loadEntry(identifier);
  if (!entry) notFound();
  const locale = await uiLocale();
  const t = await getTranslations("catalog.detail");
  const user = await getSessionUser();
  const [consumers, memberships] = user
    ? await Promise.all([listConsumerOrganisations({ userId: user.id }), listUserOrganisations({ userId: user.id })])
    : [[], []];
  const isOwnerMember = memberships.some((m) => m.orgNumber === entry.owner.orgNumber);
  const content =
    entry.documentation ?? defaultDocumentation({ locale, definition: entry.definition, ownerName: entry.owner.name });
  const showRequestAccess = consumers.length > 0;
  return (
    <article className="space-y-6">
      <Link href="/catalog" className="text-sm text-brand-700 underline underline-offset-2">
        {t("back")}
      </Link>
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold break-words">{inLocale(entry.definition.title, locale)}</h1>
        <p className="text-slate-600">{t("offeredBy", { owner: entry.owner.name })}</p>
        <p className="text-slate-800">{inLocale(entry.definition.description, locale)}</p>
        <EnvironmentBadges environments={entry.environments} />
        {entry.newerInTest !== null && (
          <p className="text-sm text-slate-700">{t("newerInTest", { test: entry.newerInTest, prod: entry.version })}</p>
        )}
        {isOwnerMember && (
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
          steps={content.steps}
          ownerName={entry.owner.name}
          accessListEnabled={entry.definition.accessListMode === "Enabled"}
          identifier={entry.identifier}
          environments={entry.environments.map((published) => published.environment)}
        />
      )}
      <Section headingId="documentation-heading" title={t("documentationTitle")} card className="space-y-4">
        {!entry.documentation && <p className="text-sm text-slate-700">{t("noDocumentation")}</p>}
        <DocumentationView
          content={content}
          headingLevel={3}
          idPrefix="catalog"
          stepsElsewhere={
            showRequestAccess ? (
              <p>
                <a href="#request-access-heading" className="text-brand-700 underline underline-offset-2">
                  {t("stepsAbove")}
                </a>
              </p>
            ) : undefined
          }
        />
      </Section>
    </article>
  );
}
