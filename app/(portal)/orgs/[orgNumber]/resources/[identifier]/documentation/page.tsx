import Link from "next/link";
import { getLocale } from "next-intl/server";
import { loadResourcePage } from "@/components/consent-resources/load-resource-page";
import { DocumentationForReader } from "@/components/documentation/documentation-for-reader";
import { DocumentationLanguagesEditor } from "@/components/documentation/documentation-languages-editor";
import { DocumentationView } from "@/components/documentation/documentation-view";
import { MissingLanguages } from "@/components/documentation/missing-languages";
import { RequiredScopesNote } from "@/components/documentation/required-scopes-note";
import { pageTitle } from "@/components/layout/page-loaders";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { inLocale } from "@/lib/consent-resources/localized";
import { languageStarts } from "@/lib/documentation/language-starts";
import { getResourceDocumentation } from "@/lib/documentation/get-resource-documentation";
import { missingLanguages } from "@/lib/documentation/documentation-languages";
import { hasRole } from "@/lib/platform/auth/roles";
import { toLocale } from "@/lib/platform/i18n/locales";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export const generateMetadata = pageTitle("documentation.page", "metaTitle");

export default async function DocumentationPage({
  params,
}: PageProps<"/orgs/[orgNumber]/resources/[identifier]/documentation">) {
  const { orgNumber, organisation, role, identifier, resource, latest, t } = await loadResourcePage(
    params,
    "documentation.page",
  );
  const locale = toLocale(await getLocale());
  const saved = await getResourceDocumentation({ resourceId: resource.id });
  const nothingSaved = Object.keys(saved).length === 0;
  const scopes = latest.content.scopeReferences;
  const isPublished = resource.publications.some((p) => p.state === "PUBLISHED");
  const empty = { steps: "", requiredAccess: "", contact: "", sections: [] };
  return (
    <ClientMessages route="orgs/[orgNumber]/resources/[identifier]/documentation/page">
      <section className="space-y-6">
        <div className="space-y-2">
          <h1 className="text-2xl font-semibold break-words">
            {t("title", { title: inLocale(latest.content.title, locale) })}
          </h1>
          <p className="text-slate-700">{t("intro")}</p>
          {isPublished ? (
            <p>
              <Link href={`/catalog/${identifier}`} className="text-brand-700 underline underline-offset-2">
                {t("viewInCatalog")}
              </Link>
            </p>
          ) : (
            <p className="text-slate-700">{t("notPublished")}</p>
          )}
          {nothingSaved && hasRole(role, "EDITOR") && <Notice className="text-sm">{t("prefilled")}</Notice>}
        </div>
        <RequiredScopesNote scopes={scopes} version={latest.version} />
        {hasRole(role, "EDITOR") ? (
          <DocumentationLanguagesEditor
            orgNumber={orgNumber}
            identifier={identifier}
            scopes={scopes}
            firstLanguage={locale}
            languages={languageStarts({ saved, locale, definition: latest.content, ownerName: organisation.name })}
          />
        ) : (
          <div className="space-y-4">
            <p className="text-slate-700">{t("onlyEditorsChange")}</p>
            <MissingLanguages missing={missingLanguages(saved)} />
            <Card as="div">
              <DocumentationForReader
                documentation={saved}
                locale={locale}
                noneWritten={<DocumentationView content={empty} />}
              />
            </Card>
          </div>
        )}
      </section>
    </ClientMessages>
  );
}
