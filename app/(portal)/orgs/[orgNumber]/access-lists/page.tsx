import { AccessListTable } from "@/components/access-lists/access-list-table";
import { CreateAccessListPanel } from "@/components/access-lists/create-access-list-panel";
import { EditRightsNote } from "@/components/layout/edit-rights-note";
import { editRights, loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { NoticePage, PageShell } from "@/components/layout/page-shell";
import { EnvironmentTabs } from "@/components/ui/environment-tabs";
import { listAccessListsWithSync } from "@/lib/access-lists/list-access-lists-with-sync";
import { ZEnvironmentParam } from "@/lib/platform/environment";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export const generateMetadata = pageTitle("accessLists");

export default async function AccessListsPage({ params, searchParams }: PageProps<"/orgs/[orgNumber]/access-lists">) {
  const { orgNumber, organisation, role, t } = await loadOrgPage(params, "accessLists");
  const orgCode = organisation.orgCode;
  if (!orgCode) {
    return <NoticePage title={t("title")} notice={t("notServiceOwner")} />;
  }
  const environment = ZEnvironmentParam.catch("test").parse((await searchParams).environment);
  const environmentName = t(`environments.${environment}`);
  const lists = await listAccessListsWithSync({ organisationId: organisation.id, environment });
  const rights = editRights(role, environment);
  return (
    <ClientMessages route="orgs/[orgNumber]/access-lists/page">
      <PageShell title={t("title")} intro={t("intro", { orgCode })} spacing="lg">
        <EnvironmentTabs basePath={`/orgs/${orgNumber}/access-lists`} environment={environment} />
        <EditRightsNote rights={rights} viewerNote={t("viewerNote")} editorProdNote={t("editorProdNote")} />
        <AccessListTable orgNumber={orgNumber} environmentName={environmentName} lists={lists} />
        {rights.canEdit && (
          <CreateAccessListPanel
            key={environment}
            orgNumber={orgNumber}
            environment={environment}
            orgCode={orgCode}
            label={t("open.create")}
            loadingLabel={t("open.loading")}
          />
        )}
      </PageShell>
    </ClientMessages>
  );
}
