import { loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { NoticePage, PageShell } from "@/components/layout/page-shell";
import { EnvironmentsComparison } from "@/components/promotion/environments-comparison";
import { Notice } from "@/components/ui/notice";
import { RefreshWhilePending } from "@/components/ui/refresh-while-pending";
import { canChangeEnvironment } from "@/lib/platform/auth/production-rule";
import { db } from "@/lib/platform/db/prisma";
import { comparisonView, hasPendingChanges } from "@/lib/promotion/comparison-view";
import { getEnvironmentsComparison } from "@/lib/promotion/get-environments-comparison";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export const generateMetadata = pageTitle("environments");

export default async function EnvironmentsPage({ params }: PageProps<"/orgs/[orgNumber]/sync/environments">) {
  const { orgNumber, organisation, role, t } = await loadOrgPage(params, "environments");
  if (!organisation.orgCode && !organisation.scopePrefix)
    return <NoticePage title={t("title")} notice={t("notServiceOwner")} />;
  const comparison = await getEnvironmentsComparison({ db: db(), organisation });
  const canPromote = canChangeEnvironment(role, "PROD");
  return (
    <ClientMessages route="orgs/[orgNumber]/sync/environments/page">
      <PageShell title={t("title")} intro={t("intro")} spacing="lg">
        <p className="max-w-3xl text-sm text-slate-700">{t("upstreamNote")}</p>
        <RefreshWhilePending pending={hasPendingChanges(comparison)} />
        {!canPromote && <Notice>{t("adminsOnly")}</Notice>}
        <EnvironmentsComparison orgNumber={orgNumber} comparison={comparisonView(comparison)} canPromote={canPromote} />
      </PageShell>
    </ClientMessages>
  );
}
