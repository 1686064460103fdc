import { Suspense } from "react";
import { ChecklistView } from "@/components/checklist/checklist-view";
import { loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { EnvironmentTabs } from "@/components/ui/environment-tabs";
import { Section } from "@/components/ui/section";
import { verifyChecklistForPage } from "@/lib/checklist/verify-checklist-for-page";
import { hasRole } from "@/lib/platform/auth/roles";
import { ZEnvironmentParam, type TUpstreamEnvironment } from "@/lib/platform/environment";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export const generateMetadata = pageTitle("checklist");

type TViewProps = { orgNumber: string; environment: TUpstreamEnvironment; canAttest: boolean };

/**
 * The consumer's onboarding checklist, its steps verified live on every visit: while the page streams, so they are in
 * the first response (the rest of the page does not wait for them), and again on "Check again".
 */
export default async function ChecklistPage({ params, searchParams }: PageProps<"/orgs/[orgNumber]/checklist">) {
  const [{ orgNumber, user, organisation, role, t }, search] = await Promise.all([
    loadOrgPage(params, "checklist"),
    searchParams,
  ]);
  const environment = ZEnvironmentParam.catch("test").parse(search.environment);
  const view: TViewProps = { orgNumber, environment, canAttest: hasRole(role, "ADMIN") };
  return (
    <ClientMessages route="orgs/[orgNumber]/checklist/page">
      <PageShell title={t("title")} intro={t("intro", { environment: t(`environments.${environment}`) })} spacing="lg">
        <EnvironmentTabs basePath={`/orgs/${orgNumber}/checklist`} environment={environment} />
        {/* Until the steps stream in: the section as it stands while checking, with no query of its own. */}
        <Suspense
          key={environment}
          fallback={
            <Section aria-busy headingId="checklist-steps-heading-pending" title={t("why")} className="space-y-4">
              <p className="text-slate-600">{t("checking")}</p>
            </Section>
          }
        >
          <CheckedChecklist {...view} userId={user.id} organisation={organisation} />
        </Suspense>
        {!hasRole(role, "ADMIN") && <p className="text-slate-700">{t("viewerNote")}</p>}
      </PageShell>
    </ClientMessages>
  );
}

async function CheckedChecklist({
  userId,
  organisation,
  ...view
}: TViewProps & { userId: string; organisation: { id: string; orgNumber: string } }) {
  const initial = await verifyChecklistForPage({ userId, organisation, environment: view.environment });
  return <ChecklistView {...view} initial={initial ?? undefined} />;
}
