import { getTranslations } from "next-intl/server";
import { ResourceEditor } from "@/components/consent-resources/resource-editor";
import { requirePageMembership } from "@/lib/platform/auth/require-page-membership";
import { getResourceEditorOptions } from "@/lib/consent-resources/get-resource-editor-options";
import { newDefinition } from "@/lib/consent-resources/new-definition";
import { hasRole } from "@/lib/platform/auth/roles";

export async function generateMetadata() {
  const t = await getTranslations("consentResources");
  return { title: t("newTitle") };
}

export default async function NewConsentResourcePage({ params }: PageProps<"/orgs/[orgNumber]/resources/new">) {
  const { orgNumber } = await params;
  const { organisation, role } = await requirePageMembership(orgNumber);
  const t = await getTranslations("consentResources");
  const canEdit = hasRole(role, "EDITOR") && organisation.scopePrefix !== null;
  const { scopeNames, catalogue } = await getResourceEditorOptions({ organisationId: organisation.id });
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("newTitle")}</h1>
      {!organisation.scopePrefix && <p className="text-slate-700">{t("list.notServiceOwner")}</p>}
      <ResourceEditor
        orgNumber={orgNumber}
        ownerOrgCode={organisation.orgCode}
        catalogue={catalogue}
        scopeNames={scopeNames}
        identifierSuggestion={organisation.scopePrefix ? `${organisation.scopePrefix}-` : ""}
        canEdit={canEdit}
        initial={newDefinition(organisation.scopePrefix)}
        identifierLocked={false}
      />
    </section>
  );
}
