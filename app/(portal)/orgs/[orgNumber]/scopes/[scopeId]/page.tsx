import { notFound } from "next/navigation";
import { EditRightsNote } from "@/components/layout/edit-rights-note";
import { editRights, loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { DeactivateScopeDialog } from "@/components/scopes/deactivate-scope-dialog";
import { ChangeScope } from "@/components/scopes/change-scope";
import { ScopeSummary } from "@/components/scopes/scope-summary";
import { BackLink } from "@/components/ui/back-link";
import { uuidParam } from "@/lib/platform/http/route-params";
import { loadScopeWithSync } from "@/lib/scopes/find-scope";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export const generateMetadata = pageTitle("scopes.edit", "metaTitle");

export default async function ScopePage({ params }: PageProps<"/orgs/[orgNumber]/scopes/[scopeId]">) {
  const { orgNumber, organisation, role, t } = await loadOrgPage(params, "scopes.edit");
  const id = uuidParam((await params).scopeId);
  const scope = id && (await loadScopeWithSync({ organisationId: organisation.id, scopeId: id }));
  if (!scope) notFound();
  const rights = editRights(role, scope.environment);
  return (
    <ClientMessages route="orgs/[orgNumber]/scopes/[scopeId]/page">
      <PageShell
        title={t("title", { name: scope.name })}
        spacing="lg"
        before={<BackLink href={`/orgs/${orgNumber}/scopes?environment=${scope.environment}`}>{t("back")}</BackLink>}
      >
        <EditRightsNote rights={rights} viewerNote={t("viewerNote")} editorProdNote={t("editorProdNote")} />
        <ScopeSummary orgNumber={orgNumber} scope={scope} canEdit={rights.canEdit} />
        {rights.canEdit && scope.active && (
          <>
            <ChangeScope orgNumber={orgNumber} scope={scope} />
            <DeactivateScopeDialog orgNumber={orgNumber} scopeId={scope.id} scopeName={scope.name} />
          </>
        )}
      </PageShell>
    </ClientMessages>
  );
}
