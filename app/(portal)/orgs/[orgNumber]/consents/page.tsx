import { ConsentFilters } from "@/components/consent-monitor/consent-filters";
import { FeedStatus } from "@/components/consent-monitor/feed-status";
import { RegisterConsent } from "@/components/consent-monitor/register-consent";
import { ResourceCounts } from "@/components/consent-monitor/resource-counts";
import { TrackedConsentTable } from "@/components/consent-monitor/tracked-consent-table";
import { WebhookDeliveries } from "@/components/consent-monitor/webhook-deliveries";
import { WebhookSettings } from "@/components/consent-monitor/webhook-settings";
import { WebhookVerifySnippet } from "@/components/consent-monitor/webhook-verify-snippet";
import { loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { Section } from "@/components/ui/section";
import { getWebhookPanel } from "@/lib/consent-monitor/get-webhook-panel";
import { listTrackedConsents } from "@/lib/consent-monitor/list-tracked-consents";
import { ZConsentFilters } from "@/lib/consent-monitor/schemas";
import { hasRole } from "@/lib/platform/auth/roles";
import { ENVIRONMENTS } from "@/lib/platform/environment";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export const generateMetadata = pageTitle("consentMonitor");
export const dynamic = "force-dynamic";

export default async function ConsentsPage(props: {
  params: Promise<{ orgNumber: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { orgNumber, organisation, role, t } = await loadOrgPage(props.params, "consentMonitor");
  const filters = ZConsentFilters.parse(await props.searchParams);
  const base = `/orgs/${orgNumber}/consents`;
  const [list, panel] = await Promise.all([
    listTrackedConsents({ organisationId: organisation.id, filters }),
    getWebhookPanel({ organisationId: organisation.id }),
  ]);
  const resources = list.resourceCounts.flatMap((count) => (count.resource ? [count.resource] : []));
  return (
    <ClientMessages route="orgs/[orgNumber]/consents/page">
      <PageShell title={t("title")} intro={t("intro")} spacing="lg">
        <FeedStatus orgNumber={orgNumber} cursors={list.cursors} environments={[...ENVIRONMENTS]} />
        <ResourceCounts counts={list.resourceCounts} />
        <ConsentFilters base={base} values={filters} resources={resources} />
        <TrackedConsentTable base={base} consents={list.consents} />
        {hasRole(role, "EDITOR") && <RegisterConsent orgNumber={orgNumber} />}
        <Section headingId="webhook-heading" title={t("webhook.title")} className="space-y-4">
          <p className="max-w-3xl text-slate-700">{t("webhook.intro")}</p>
          <WebhookSettings
            orgNumber={orgNumber}
            url={panel.webhook?.url ?? null}
            isAdmin={hasRole(role, "ADMIN")}
            isEditor={hasRole(role, "EDITOR")}
          />
          <WebhookVerifySnippet />
          <WebhookDeliveries deliveries={panel.deliveries} />
        </Section>
      </PageShell>
    </ClientMessages>
  );
}
