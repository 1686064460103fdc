import { getTranslations } from "next-intl/server";
import { DelegationPanel } from "@/components/delegations/delegation-panel";
import { loadOrgPage } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { cardClass } from "@/components/ui/card";
import { env } from "@/lib/platform/config/env";

export default async function OrganisationOverviewPage({ params }: PageProps<"/orgs/[orgNumber]">) {
  const { organisation, role, t } = await loadOrgPage(params, "organisation.overview");
  const tRoles = await getTranslations("layout.roles");
  return (
    <PageShell title={t("title")}>
      <dl className={cardClass({ className: "grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-2" })}>
        <dt className="font-medium">{t("orgNumber")}</dt>
        <dd>{organisation.orgNumber}</dd>
        <dt className="font-medium">{t("yourRole")}</dt>
        <dd data-testid="your-role">{tRoles(role)}</dd>
        {organisation.orgCode && (
          <>
            <dt className="font-medium">{t("orgCode")}</dt>
            <dd>{organisation.orgCode}</dd>
          </>
        )}
        {organisation.scopePrefix && (
          <>
            <dt className="font-medium">{t("scopePrefix")}</dt>
            <dd>{organisation.scopePrefix}</dd>
          </>
        )}
      </dl>
      <DelegationPanel
        orgNumber={organisation.orgNumber}
        orgName={organisation.name}
        operatorName={env().OPERATOR_NAME}
        operatorOrg={env().OPERATOR_ORG_NUMBER}
      />
    </PageShell>
  );
}
