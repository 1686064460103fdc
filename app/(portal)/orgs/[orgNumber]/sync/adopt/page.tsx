import { AdoptionSections } from "@/components/adoption/adoption-sections";
import { EditRightsNote } from "@/components/layout/edit-rights-note";
import { editRights, loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { EnvironmentTabs } from "@/components/ui/environment-tabs";
import { listAdoptable } from "@/lib/adoption/list-adoptable";
import { fromUpstreamEnv, ZEnvironmentParam } from "@/lib/platform/environment";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export const generateMetadata = pageTitle("adoption");

// Adoption (issue 13): what exists upstream for the organisation in the chosen environment and is not in the portal,
// read live on every visit, to select and take over.
export default async function AdoptPage({ params, searchParams }: PageProps<"/orgs/[orgNumber]/sync/adopt">) {
  const { orgNumber, organisation, role, t } = await loadOrgPage(params, "adoption");
  const environment = ZEnvironmentParam.catch("test").parse((await searchParams).environment);
  const inventory = await listAdoptable(organisation, fromUpstreamEnv(environment));
  const rights = editRights(role, environment);
  return (
    <ClientMessages route="orgs/[orgNumber]/sync/adopt/page">
      <PageShell
        title={t("title")}
        intro={t(organisation.scopePrefix || organisation.orgCode ? "intro" : "consumerIntro")}
        spacing="lg"
      >
        <EnvironmentTabs basePath={`/orgs/${orgNumber}/sync/adopt`} environment={environment} />
        <EditRightsNote rights={rights} viewerNote={t("viewerNote")} editorProdNote={t("editorProdNote")} />
        <AdoptionSections
          orgNumber={orgNumber}
          environment={environment}
          canAdopt={rights.canEdit}
          inventory={inventory}
        />
      </PageShell>
    </ClientMessages>
  );
}
