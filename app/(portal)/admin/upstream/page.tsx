import { UpstreamFailuresTable } from "@/components/admin/upstream-failures-table";
import { UpstreamStatusPanel } from "@/components/admin/upstream-status-panel";
import { loadAdminPage, pageTitle } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { Section } from "@/components/ui/section";
import { listRecentUpstreamFailures } from "@/lib/upstream-status/list-recent-upstream-failures";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export const generateMetadata = pageTitle("upstreamStatus");

export default async function UpstreamStatusPage() {
  const t = await loadAdminPage("upstreamStatus");
  const failures = await listRecentUpstreamFailures();
  return (
    <ClientMessages route="admin/upstream/page">
      <PageShell title={t("title")} intro={t("intro")} spacing="lg">
        <UpstreamStatusPanel />
        <Section headingId="failures-heading" title={t("failures.title")} className="space-y-3">
          <UpstreamFailuresTable failures={failures} />
        </Section>
      </PageShell>
    </ClientMessages>
  );
}
