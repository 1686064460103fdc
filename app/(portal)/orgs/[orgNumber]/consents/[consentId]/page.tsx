import { notFound } from "next/navigation";
import { getFormatter } from "next-intl/server";
import { ConsentTimelineList } from "@/components/consent-monitor/consent-timeline-list";
import { loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { BackLink } from "@/components/ui/back-link";
import { Section } from "@/components/ui/section";
import { getTrackedConsent } from "@/lib/consent-monitor/get-tracked-consent";

export const generateMetadata = pageTitle("consentMonitor");
export const dynamic = "force-dynamic";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function TrackedConsentPage(props: { params: Promise<{ orgNumber: string; consentId: string }> }) {
  const { orgNumber, organisation, t } = await loadOrgPage(props.params, "consentMonitor");
  const { consentId } = await props.params;
  const found = UUID.test(consentId) ? await getTrackedConsent({ organisationId: organisation.id, consentId }) : null;
  if (!found) notFound();
  const { consent, timeline } = found;
  const format = await getFormatter();
  const facts: [string, string][] = [
    [t("detail.resource"), consent.resourceIdentifier ?? t("counts.unknown")],
    [t("detail.environment"), t(`environment.${consent.environment}`)],
    [t("detail.status"), t(`status.${timeline.status}`)],
    [t("detail.validTo"), consent.validTo ? format.dateTime(consent.validTo, { dateStyle: "medium" }) : ""],
    [t("detail.source"), t(`source.${consent.source as "kit" | "registered"}`)],
  ];
  return (
    <PageShell
      title={t("detail.title", { requestId: consent.requestId })}
      before={<BackLink href={`/orgs/${orgNumber}/consents`}>{t("detail.back")}</BackLink>}
    >
      <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-4 gap-y-1" data-testid="consent-facts">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-medium">{term}</dt>
            <dd data-testid={term === t("detail.status") ? "consent-status" : undefined}>{value}</dd>
          </div>
        ))}
      </dl>
      <Section headingId="timeline-heading" title={t("detail.timeline")}>
        <ConsentTimelineList entries={timeline.entries} />
      </Section>
    </PageShell>
  );
}
