import { DriftCheckStatus } from "@/components/drift/drift-check-status";
import { DriftFindingList } from "@/components/drift/drift-finding-list";
import { ResolvedDriftTable } from "@/components/drift/resolved-drift-table";
import { loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { EnvironmentTabs } from "@/components/ui/environment-tabs";
import { listDriftFindings } from "@/lib/drift/list-drift-findings";
import { hasRole } from "@/lib/platform/auth/roles";
import { fromUpstreamEnv, ZEnvironmentParam } from "@/lib/platform/environment";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export const generateMetadata = pageTitle("drift");
export const dynamic = "force-dynamic";

// Where the portal and Altinn/Maskinporten disagree, per environment, as the latest drift check found it (issue 13.2).
export default async function DriftPage({ params, searchParams }: PageProps<"/orgs/[orgNumber]/sync/drift">) {
  const { orgNumber, organisation, role, t } = await loadOrgPage(params, "drift");
  const environment = ZEnvironmentParam.catch("test").parse((await searchParams).environment);
  const drift = await listDriftFindings({
    organisationId: organisation.id,
    environment: fromUpstreamEnv(environment),
  });
  return (
    <ClientMessages route="orgs/[orgNumber]/sync/drift/page">
      <PageShell title={t("title")} intro={t("intro")} spacing="lg">
        <EnvironmentTabs basePath={`/orgs/${orgNumber}/sync/drift`} environment={environment} />
        <DriftCheckStatus
          orgNumber={orgNumber}
          environment={environment}
          lastCheckedAt={drift.lastCheckedAt}
          lastError={drift.lastError}
          checking={drift.checking}
        />
        <DriftFindingList
          orgNumber={orgNumber}
          findings={drift.open}
          canResolve={hasRole(role, "ADMIN")}
          production={environment === "prod"}
        />
        <ResolvedDriftTable findings={drift.resolved} />
      </PageShell>
    </ClientMessages>
  );
}
