import Link from "next/link";
import { notFound } from "next/navigation";
import { ClientList } from "@/components/clients/client-list";
import { CreateClient } from "@/components/clients/create-client";
import { ConsentScopePanel } from "@/components/consent-scopes/consent-scope-panel";
import { EditRightsNote } from "@/components/layout/edit-rights-note";
import { editRights, loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { EnvironmentTabs } from "@/components/ui/environment-tabs";
import { availableClientScopes } from "@/lib/clients/available-client-scopes";
import { ungrantedConsentScopes } from "@/lib/clients/granted-consent-scopes";
import { listClients } from "@/lib/clients/list-clients";
import { latestConsentScopeRequest } from "@/lib/consent-scopes/list-consent-scope-requests";
import { ZEnvironmentParam } from "@/lib/platform/environment";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export const generateMetadata = pageTitle("clients");

export default async function ClientsPage({ params }: PageProps<"/orgs/[orgNumber]/clients/[environment]">) {
  const { orgNumber, organisation, role, t } = await loadOrgPage(params, "clients");
  const parsed = ZEnvironmentParam.safeParse((await params).environment);
  if (!parsed.success) notFound();
  const environment = parsed.data;
  const scope = { organisationId: organisation.id, environment };
  const [clients, scopes, consentRequest, ungrantedScopes] = await Promise.all([
    listClients(scope),
    availableClientScopes(scope),
    latestConsentScopeRequest(scope),
    ungrantedConsentScopes({ orgNumber, environment }),
  ]);
  const rights = editRights(role, environment);
  // Asked for and not refused: a client may pick the scopes now and waits for the grant (lib/clients/consent-scope-wait.ts).
  const requested = ["pending", "granting", "failed"].includes(consentRequest?.state ?? "");
  const offered = { available: scopes, ungranted: ungrantedScopes, requested };
  return (
    <ClientMessages route="orgs/[orgNumber]/clients/[environment]/page">
      <PageShell title={t("title")} intro={t("intro")} spacing="lg">
        <p className="max-w-3xl text-sm text-slate-700">
          {t("delegationNote")}{" "}
          <Link href={`/orgs/${orgNumber}`} className="text-brand-700 underline">
            {t("delegationLink")}
          </Link>
        </p>
        <EnvironmentTabs basePath={`/orgs/${orgNumber}/clients`} environment={environment} inPath />
        <ConsentScopePanel
          orgNumber={orgNumber}
          environment={environment}
          request={consentRequest}
          canRequest={rights.isEditor}
        />
        <h2 className="text-xl font-semibold">{t("listTitle")}</h2>
        <EditRightsNote rights={rights} viewerNote={t("viewerNote")} editorProdNote={t("editorProdNote")} />
        <ClientList
          orgNumber={orgNumber}
          clients={clients}
          canEdit={rights.canEdit}
          consentScopeState={consentRequest?.state ?? null}
        />
        {rights.canEdit && (
          <CreateClient key={environment} orgNumber={orgNumber} environment={environment} scopes={offered} />
        )}
      </PageShell>
    </ClientMessages>
  );
}
