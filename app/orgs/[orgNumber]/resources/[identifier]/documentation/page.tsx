import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DocumentationEditor } from "@/components/documentation/documentation-editor";
import { DocumentationView } from "@/components/documentation/documentation-view";
import { RequiredScopesNote } from "@/components/documentation/required-scopes-note";
import { requirePageMembership } from "@/lib/platform/auth/require-page-membership";
import { getConsentResource } from "@/lib/consent-resources/get-consent-resource";
import { inLocale } from "@/lib/consent-resources/localized";
import { defaultDocumentation } from "@/lib/documentation/default-documentation";
import { getResourceDocumentation } from "@/lib/documentation/get-resource-documentation";
import { isLocale } from "@/lib/platform/i18n/locales";
import { hasRole } from "@/lib/platform/auth/roles";
import { cardClass } from "@/components/ui/card";
import { resourceIdentifierParam } from "@/lib/platform/http/route-params";

export async function generateMetadata() {
  const t = await getTranslations("documentation.page");
  return { title: t("metaTitle") };
}

export default async function DocumentationPage({
  params,
}: PageProps<"/orgs/[orgNumber]/resources/[identifier]/documentation">) {
  const { orgNumber, identifier: encoded } = await params;
  const identifier = resourceIdentifierParam(encoded) ?? notFound();
  const { organisation, role } = await requirePageMembership(orgNumber);
  const resource = await getConsentResource({ organisationId: organisation.id, identifier });
  const latest = resource?.versions[0];
  if (!resource || !latest) notFound();
  const t = await getTranslations("documentation.page");
  const uiLocale = await getLocale();
  const locale = isLocale(uiLocale) ? uiLocale : "nb";
  const saved = await getResourceDocumentation({ resourceId: resource.id });
  const content = saved ?? defaultDocumentation({ locale, definition: latest.content, ownerName: organisation.name });
  const scopes = latest.content.scopeReferences;
  const isPublished = resource.publications.some((p) => p.state === "PUBLISHED");
  const canEdit = hasRole(role, "EDITOR");
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
        {!saved && (
          <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">{t("prefilled")}</p>
        )}
      </div>
      <RequiredScopesNote scopes={scopes} version={latest.version} />
      {canEdit ? (
        <DocumentationEditor orgNumber={orgNumber} identifier={identifier} initial={content} scopes={scopes} />
      ) : (
        <div className="space-y-4">
          <p className="text-slate-700">{t("onlyEditorsChange")}</p>
          <div className={cardClass()}>
            <DocumentationView content={content} />
          </div>
        </div>
      )}
    </section>
  );
}
