import { EditRightsNote } from "@/components/layout/edit-rights-note";
import { editRights, loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { NoticePage, PageShell } from "@/components/layout/page-shell";
import { NewScope } from "@/components/scopes/new-scope";
import { ScopeList } from "@/components/scopes/scope-list";
import { EnvironmentTabs } from "@/components/ui/environment-tabs";
import { canChangeEnvironment } from "@/lib/platform/auth/production-rule";
import { ZEnvironmentParam } from "@/lib/platform/environment";
import { compareScopesForPage } from "@/lib/scopes/compare-scopes-for-page";
import { listScopes } from "@/lib/scopes/list-scopes";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export const generateMetadata = pageTitle("scopes");

export default async function ScopesPage({ params, searchParams }: PageProps<"/orgs/[orgNumber]/scopes">) {
  const [{ orgNumber, organisation, role, user, t }, search] = await Promise.all([
    loadOrgPage(params, "scopes"),
    searchParams,
  ]);
  const prefix = organisation.scopePrefix;
  if (!prefix) {
    return <NoticePage title={t("title")} notice={t("notServiceOwner")} />;
  }
  const environment = ZEnvironmentParam.catch("test").parse(search.environment);
  // Test's page also names what production already has (copying a scope there is offered for the rest): side by side.
  const [scopes, inProd] = await Promise.all([
    listScopes({ organisationId: organisation.id, environment }),
    environment === "test" ? listScopes({ organisationId: organisation.id, environment: "prod" }) : [],
  ]);
  const namesInProd = inProd.map((s) => s.name);
  const rights = editRights(role, environment);
  // Not awaited: the page goes out first and the comparison follows in the same response (the cells say "checking"
  // until then), as the answer the list's live query starts from.
  const comparison = compareScopesForPage({ userId: user.id, orgNumber, environment, scopes });
  return (
    <ClientMessages route="orgs/[orgNumber]/scopes/page">
      <PageShell title={t("title")} intro={t("intro", { prefix })} spacing="lg">
        <EnvironmentTabs basePath={`/orgs/${orgNumber}/scopes`} environment={environment} />
        <EditRightsNote rights={rights} viewerNote={t("viewerNote")} editorProdNote={t("editorProdNote")} />
        <ScopeList
          orgNumber={orgNumber}
          environment={environment}
          scopes={scopes}
          canEdit={rights.canEdit}
          canCopyToProd={canChangeEnvironment(role, "prod")}
          namesInProd={namesInProd}
          comparison={comparison}
        />
        <p className="max-w-3xl text-sm text-slate-600">{t("neverDeleted")}</p>
        {rights.canEdit && (
          <NewScope key={environment} orgNumber={orgNumber} environment={environment} prefix={prefix} />
        )}
      </PageShell>
    </ClientMessages>
  );
}
