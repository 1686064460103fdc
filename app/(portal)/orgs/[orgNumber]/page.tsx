import { getTranslations } from "next-intl/server";
import { DelegationPanel } from "@/components/delegations/delegation-panel";
import { delegationsUrl } from "@/lib/delegations/delegation-urls";
import { loadOrgPage } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { cardClass } from "@/components/ui/card";
import { env } from "@/lib/platform/config/env";
import { UPSTREAM_ENVIRONMENTS } from "@/lib/platform/environment";
import { LiveCheckPreload } from "@/components/ui/live-check-preload";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

type TPanelProps = { orgNumber: string; orgName: string; operatorName: string; operatorOrg: string };

export default async function OrganisationOverviewPage({ params }: PageProps<"/orgs/[orgNumber]">) {
  const [{ organisation, role, t }, tRoles] = await Promise.all([
    loadOrgPage(params, "organisation.overview"),
    getTranslations("layout.roles"),
  ]);
  const panel: TPanelProps = {
    orgNumber: organisation.orgNumber,
    orgName: organisation.name,
    operatorName: env().OPERATOR_NAME,
    operatorOrg: env().OPERATOR_ORG_NUMBER,
  };
  return (
    <ClientMessages route="orgs/[orgNumber]/page">
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
        {/* The live checks are the delegations route's, which the browser starts while it reads the page: the page
          itself shows only the portal's records ("checking" until the answers come). */}
        {UPSTREAM_ENVIRONMENTS.map((environment) => (
          <LiveCheckPreload key={environment} href={delegationsUrl(organisation.orgNumber, environment)} />
        ))}
        <DelegationPanel {...panel} preloaded />
      </PageShell>
    </ClientMessages>
  );
}
