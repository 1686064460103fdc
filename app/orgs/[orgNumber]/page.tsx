import { getTranslations } from "next-intl/server";
import { DelegationPanel } from "@/components/delegations/delegation-panel";
import { requirePageMembership } from "@/lib/platform/auth/require-page-membership";
import { env } from "@/lib/platform/config/env";
import { cardClass } from "@/components/ui/card";

export default async function OrganisationOverviewPage({ params }: PageProps<"/orgs/[orgNumber]">) {
  const { orgNumber } = await params;
  const { organisation, role } = await requirePageMembership(orgNumber);
  const t = await getTranslations("organisation");
  const tRoles = await getTranslations("layout.roles");
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("overview.title")}</h1>
      <dl className={cardClass({ className: "grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-2" })}>
        <dt className="font-medium">{t("overview.orgNumber")}</dt>
        <dd>{organisation.orgNumber}</dd>
        <dt className="font-medium">{t("overview.yourRole")}</dt>
        <dd data-testid="your-role">{tRoles(role)}</dd>
        {organisation.orgCode && (
          <>
            <dt className="font-medium">{t("overview.orgCode")}</dt>
            <dd>{organisation.orgCode}</dd>
          </>
        )}
        {organisation.scopePrefix && (
          <>
            <dt className="font-medium">{t("overview.scopePrefix")}</dt>
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
    </section>
  );
}
