import { EditRightsNote } from "@/components/layout/edit-rights-note";
import { editRights, loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { NoticePage, PageShell } from "@/components/layout/page-shell";
import { NewScope } from "@/components/scopes/new-scope";
import { ScopeList } from "@/components/scopes/scope-list";
import { EnvironmentTabs } from "@/components/ui/environment-tabs";
import { canChangeEnvironment } from "@/lib/platform/auth/production-rule";
import { ZEnvironmentParam } from "@/lib/platform/environment";
import { listScopes } from "@/lib/scopes/list-scopes";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";
import { LiveCheckPreload } from "@/components/ui/live-check-preload";

export const generateMetadata = pageTitle("scopes");

export default async function ScopesPage({ params, searchParams }: PageProps<"/orgs/[orgNumber]/scopes">) {
  const [{ orgNumber, organisation, role, t }, search] = await Promise.all([
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
  // The comparison with Maskinporten is the route's, not this render's: the browser starts it while it reads the page
  // (the cells say "checking" until it comes), so the page itself shows only the portal's records. Not while a scope's
  // change is on its way: the page then refreshes until it settles (use-refresh-while-pending.ts), and the list asks
  // the route once instead, and again when the change has moved on.
  const comparisonFrom =
    scopes.length > 0 && !scopes.some((scope) => scope.sync?.status === "PENDING")
      ? `/orgs/${orgNumber}/scopes/maskinporten?environment=${environment}`
      : undefined;
  return (
    <ClientMessages route="orgs/[orgNumber]/scopes/page">
      <PageShell title={t("title")} intro={t("intro", { prefix })} spacing="lg">
        <EnvironmentTabs basePath={`/orgs/${orgNumber}/scopes`} environment={environment} />
        {comparisonFrom && <LiveCheckPreload href={comparisonFrom} />}
        <EditRightsNote rights={rights} viewerNote={t("viewerNote")} editorProdNote={t("editorProdNote")} />
        <ScopeList
          orgNumber={orgNumber}
          environment={environment}
          scopes={scopes}
          canEdit={rights.canEdit}
          canCopyToProd={canChangeEnvironment(role, "prod")}
          namesInProd={namesInProd}
          comparisonFrom={comparisonFrom}
        />
        <p className="max-w-3xl text-sm text-slate-600">{t("neverDeleted")}</p>
        {rights.canEdit && (
          <NewScope key={environment} orgNumber={orgNumber} environment={environment} prefix={prefix} />
        )}
      </PageShell>
    </ClientMessages>
  );
}
