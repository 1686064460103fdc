import { ChecklistView } from "@/components/checklist/checklist-view";
import { loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { EnvironmentTabs } from "@/components/ui/environment-tabs";
import { hasRole } from "@/lib/platform/auth/roles";
import { ZEnvironmentParam } from "@/lib/platform/environment";
import { LiveCheckPreload } from "@/components/ui/live-check-preload";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export const generateMetadata = pageTitle("checklist");

/**
 * The consumer's onboarding checklist, its steps verified live on every visit: by the status route, which the browser
 * starts while it reads the page (issue 17: no live check in the page's own render, so the page shows only the
 * portal's records and may be answered from the server's memory), and again on "Check again".
 */
export default async function ChecklistPage({ params, searchParams }: PageProps<"/orgs/[orgNumber]/checklist">) {
  const [{ orgNumber, role, t }, search] = await Promise.all([loadOrgPage(params, "checklist"), searchParams]);
  const environment = ZEnvironmentParam.catch("test").parse(search.environment);
  const status = `/orgs/${orgNumber}/checklist/status?environment=${environment}`;
  return (
    <ClientMessages route="orgs/[orgNumber]/checklist/page">
      <PageShell title={t("title")} intro={t("intro", { environment: t(`environments.${environment}`) })} spacing="lg">
        <EnvironmentTabs basePath={`/orgs/${orgNumber}/checklist`} environment={environment} />
        <LiveCheckPreload href={status} />
        <ChecklistView
          key={environment}
          orgNumber={orgNumber}
          environment={environment}
          canAttest={hasRole(role, "ADMIN")}
          preloadedFrom={status}
        />
        {!hasRole(role, "ADMIN") && <p className="text-slate-700">{t("viewerNote")}</p>}
      </PageShell>
    </ClientMessages>
  );
}
