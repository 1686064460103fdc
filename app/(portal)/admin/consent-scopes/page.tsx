import { ConsentScopeQueue } from "@/components/consent-scopes/consent-scope-queue";
import { loadAdminPage, pageTitle } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { listConsentScopeQueue } from "@/lib/consent-scopes/list-consent-scope-requests";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export const generateMetadata = pageTitle("clients.queue");

export default async function ConsentScopeQueuePage() {
  const t = await loadAdminPage("clients.queue");
  return (
    <ClientMessages route="admin/consent-scopes/page">
      <PageShell title={t("title")} intro={t("intro")} spacing="lg">
        <ConsentScopeQueue queue={await listConsentScopeQueue()} />
      </PageShell>
    </ClientMessages>
  );
}
