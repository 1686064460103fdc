import { ChecklistView } from "@/components/checklist/checklist-view";
import { loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { EnvironmentTabs } from "@/components/ui/environment-tabs";
import { hasRole } from "@/lib/platform/auth/roles";
import { ZEnvironmentParam } from "@/lib/platform/environment";

export const generateMetadata = pageTitle("checklist");

/** The consumer's onboarding checklist; the steps are verified live by ChecklistView on every visit. */
export default async function ChecklistPage({ params, searchParams }: PageProps<"/orgs/[orgNumber]/checklist">) {
  const { orgNumber, role, t } = await loadOrgPage(params, "checklist");
  const environment = ZEnvironmentParam.catch("test").parse((await searchParams).environment);
  return (
    <PageShell title={t("title")} intro={t("intro", { environment: t(`environments.${environment}`) })} spacing="lg">
      <EnvironmentTabs basePath={`/orgs/${orgNumber}/checklist`} environment={environment} />
      <ChecklistView
        key={environment}
        orgNumber={orgNumber}
        environment={environment}
        canAttest={hasRole(role, "ADMIN")}
      />
      {!hasRole(role, "ADMIN") && <p className="text-slate-700">{t("viewerNote")}</p>}
    </PageShell>
  );
}
