import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { DelegationPanel } from "@/components/delegations/delegation-panel";
import { loadOrgPage } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { cardClass } from "@/components/ui/card";
import { Section } from "@/components/ui/section";
import { checkDelegationsForPage } from "@/lib/delegations/check-delegations-for-page";
import { env } from "@/lib/platform/config/env";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

type TPanelProps = { orgNumber: string; orgName: string; operatorName: string; operatorOrg: string };

export default async function OrganisationOverviewPage({ params }: PageProps<"/orgs/[orgNumber]">) {
  const [{ user, organisation, role, t }, tRoles, tDelegations] = await Promise.all([
    loadOrgPage(params, "organisation.overview"),
    getTranslations("layout.roles"),
    getTranslations("delegations"),
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
        {/* The rest of the page goes out first; the live check follows in the same response ("checking" until then).
          The placeholder holds no query of its own, so nothing asks the route while the page's check is under way. */}
        <Suspense
          fallback={
            <Section
              aria-busy
              headingId="delegations-heading-pending"
              title={tDelegations("title")}
              card
              className="space-y-3"
            >
              <p className="text-sm text-slate-700">
                {tDelegations("intro", { operator: panel.operatorName, operatorOrg: panel.operatorOrg })}
              </p>
              <p className="text-sm text-slate-600">{tDelegations("checking")}</p>
            </Section>
          }
        >
          <CheckedDelegationPanel {...panel} userId={user.id} organisation={organisation} />
        </Suspense>
      </PageShell>
    </ClientMessages>
  );
}

async function CheckedDelegationPanel({
  userId,
  organisation,
  ...panel
}: TPanelProps & { userId: string; organisation: { orgNumber: string; scopePrefix: string | null } }) {
  const initial = await checkDelegationsForPage({ userId, organisation });
  return <DelegationPanel {...panel} initial={initial ?? undefined} />;
}
