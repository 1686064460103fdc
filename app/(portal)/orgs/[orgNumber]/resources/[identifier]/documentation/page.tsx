import Link from "next/link";
import { getLocale } from "next-intl/server";
import { loadResourcePage } from "@/components/consent-resources/load-resource-page";
import { DocumentationEditor } from "@/components/documentation/documentation-editor";
import { DocumentationView } from "@/components/documentation/documentation-view";
import { RequiredScopesNote } from "@/components/documentation/required-scopes-note";
import { pageTitle } from "@/components/layout/page-loaders";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { inLocale } from "@/lib/consent-resources/localized";
import { defaultDocumentation } from "@/lib/documentation/default-documentation";
import { getResourceDocumentation } from "@/lib/documentation/get-resource-documentation";
import { hasRole } from "@/lib/platform/auth/roles";
import { toLocale } from "@/lib/platform/i18n/locales";

export const generateMetadata = pageTitle("documentation.page", "metaTitle");

export default async function DocumentationPage({
  params,
}: PageProps<"/orgs/[orgNumber]/resources/[identifier]/documentation">) {
  const { orgNumber, organisation, role, identifier, resource, latest, t } = await loadResourcePage(
    params,
    "documentation.page",
  );
  const uiLocale = await getLocale();
  const locale = toLocale(uiLocale);
  const saved = await getResourceDocumentation({ resourceId: resource.id });
  const content = saved ?? defaultDocumentation({ locale, definition: latest.content, ownerName: organisation.name });
  const scopes = latest.content.scopeReferences;
  const isPublished = resource.publications.some((p) => p.state === "PUBLISHED");
  return (
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
        {!saved && <Notice className="text-sm">{t("prefilled")}</Notice>}
      </div>
      <RequiredScopesNote scopes={scopes} version={latest.version} />
      {hasRole(role, "EDITOR") ? (
        <DocumentationEditor orgNumber={orgNumber} identifier={identifier} initial={content} scopes={scopes} />
      ) : (
        <div className="space-y-4">
          <p className="text-slate-700">{t("onlyEditorsChange")}</p>
          <Card as="div">
            <DocumentationView content={content} />
          </Card>
        </div>
      )}
    </section>
  );
}
