import { RedirectChecker } from "@/components/integration-kit/redirect-checker";
import { RedirectFacts } from "@/components/integration-kit/redirect-facts";
import { RedirectViewModes } from "@/components/integration-kit/redirect-view-modes";
import { loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { BackLink } from "@/components/ui/back-link";
import { getRedirectKitPage } from "@/lib/integration-kit/redirect-kit-page";
import { hasRole } from "@/lib/platform/auth/roles";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export const generateMetadata = pageTitle("redirectKit");

/** The integration kit's redirect part: how Altinn sends the person back, checked for the consumer's own address. */
export default async function RedirectKitPage({ params }: PageProps<"/orgs/[orgNumber]/integration/redirect">) {
  const { orgNumber, role, t } = await loadOrgPage(params, "redirectKit");
  const { consentRequestsUrl } = getRedirectKitPage();
  return (
    <ClientMessages route="orgs/[orgNumber]/integration/redirect/page">
      <PageShell
        title={t("title")}
        intro={t("intro")}
        spacing="lg"
        before={<BackLink href={`/orgs/${orgNumber}/integration`}>{t("back")}</BackLink>}
      >
        <RedirectFacts />
        <RedirectChecker
          orgNumber={orgNumber}
          consentRequestsUrl={consentRequestsUrl}
          canCheck={hasRole(role, "EDITOR")}
        />
        <RedirectViewModes orgNumber={orgNumber} />
      </PageShell>
    </ClientMessages>
  );
}
