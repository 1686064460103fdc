import { OwnerResourceEditor } from "@/components/consent-resources/owner-resource-editor";
import { loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { getResourceEditorOptions } from "@/lib/consent-resources/get-resource-editor-options";
import { newDefinition } from "@/lib/consent-resources/new-definition";
import { hasRole } from "@/lib/platform/auth/roles";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export const generateMetadata = pageTitle("consentResources", "newTitle");

export default async function NewConsentResourcePage({ params }: PageProps<"/orgs/[orgNumber]/resources/new">) {
  const { orgNumber, organisation, role, t } = await loadOrgPage(params, "consentResources");
  return (
    <ClientMessages route="orgs/[orgNumber]/resources/new/page">
      <PageShell title={t("newTitle")}>
        {!organisation.scopePrefix && <p className="text-slate-700">{t("list.notServiceOwner")}</p>}
        <OwnerResourceEditor
          orgNumber={orgNumber}
          organisation={organisation}
          options={await getResourceEditorOptions({ organisationId: organisation.id })}
          canEdit={hasRole(role, "EDITOR") && organisation.scopePrefix !== null}
          initial={newDefinition(organisation.scopePrefix)}
          identifierLocked={false}
        />
      </PageShell>
    </ClientMessages>
  );
}
