import { UpstreamFailuresTable } from "@/components/admin/upstream-failures-table";
import { Suspense } from "react";
import { UpstreamStatusPanel } from "@/components/admin/upstream-status-panel";
import { loadAdminPage, pageTitle } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { Section } from "@/components/ui/section";
import { checkUpstreamStatus } from "@/lib/upstream-status/check-upstream-status";
import { listRecentUpstreamFailures } from "@/lib/upstream-status/list-recent-upstream-failures";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export const generateMetadata = pageTitle("upstreamStatus");

export default async function UpstreamStatusPage() {
  const t = await loadAdminPage("upstreamStatus");
  const failures = await listRecentUpstreamFailures();
  return (
    <ClientMessages route="admin/upstream/page">
      <PageShell title={t("title")} intro={t("intro")} spacing="lg">
        {/* Streamed: the failures below do not wait for every API's answer; the placeholder asks nothing itself. */}
        <Suspense
          fallback={
            <Section aria-busy headingId="apis-heading-pending" title={t("apis")} className="space-y-3">
              <p className="text-slate-600">{t("checking")}</p>
            </Section>
          }
        >
          <CheckedUpstreamStatus />
        </Suspense>
        <Section headingId="failures-heading" title={t("failures.title")} className="space-y-3">
          <UpstreamFailuresTable failures={failures} />
        </Section>
      </PageShell>
    </ClientMessages>
  );
}

/** Every API asked once while the page streams (each check catches its own failure and reports it as failing). */
async function CheckedUpstreamStatus() {
  return <UpstreamStatusPanel initial={await checkUpstreamStatus()} />;
}
