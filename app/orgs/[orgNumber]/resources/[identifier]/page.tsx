import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ResourceEditor } from "@/components/consent-resources/resource-editor";
import { requirePageMembership } from "@/lib/platform/auth/require-page-membership";
import { getConsentResource } from "@/lib/consent-resources/get-consent-resource";
import { getResourceEditorOptions } from "@/lib/consent-resources/get-resource-editor-options";
import { inLocale } from "@/lib/consent-resources/localized";
import { hasRole } from "@/lib/platform/auth/roles";
import { resourceIdentifierParam } from "@/lib/platform/http/route-params";

export async function generateMetadata({ params }: PageProps<"/orgs/[orgNumber]/resources/[identifier]">) {
  const { identifier } = await params;
  const t = await getTranslations("consentResources");
  return { title: t("editTitle", { identifier: resourceIdentifierParam(identifier) ?? "" }) };
}

export default async function ConsentResourcePage({ params }: PageProps<"/orgs/[orgNumber]/resources/[identifier]">) {
  const { orgNumber, identifier } = await params;
  const { organisation, role } = await requirePageMembership(orgNumber);
  const resource = await getConsentResource({
    organisationId: organisation.id,
    identifier: resourceIdentifierParam(identifier) ?? notFound(),
  });
  const latest = resource?.versions[0];
  if (!resource || !latest) notFound();
  const t = await getTranslations("consentResources");
  const locale = await getLocale();
  const { scopeNames, catalogue } = await getResourceEditorOptions({ organisationId: organisation.id });
  return (
    <section className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold break-words">{t("editTitle", { identifier: resource.identifier })}</h1>
        <p className="text-slate-700">
          {inLocale(latest.content.title, locale)} ·{" "}
          <span data-testid="latest-version">{t("latestVersion", { version: latest.version })}</span>
        </p>
      </div>
      <ResourceEditor
        orgNumber={orgNumber}
        ownerOrgCode={organisation.orgCode}
        catalogue={catalogue}
        scopeNames={scopeNames}
        identifierSuggestion={organisation.scopePrefix ? `${organisation.scopePrefix}-` : ""}
        canEdit={hasRole(role, "EDITOR")}
        initial={latest.content}
        resourceId={resource.id}
        baseVersion={latest.version}
        identifierLocked={resource.publications.length > 0}
      />
    </section>
  );
}
