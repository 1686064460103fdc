import { ApiTokenTable } from "@/components/api-tokens/api-token-table";
import { CreateApiToken } from "@/components/api-tokens/create-api-token";
import { loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { Notice } from "@/components/ui/notice";
import { Section } from "@/components/ui/section";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { hasRole } from "@/lib/platform/auth/roles";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export const generateMetadata = pageTitle("definitions", "tokens.title");
export const dynamic = "force-dynamic";

// The organisation's API tokens for the definitions API and the CLI (docs/API.md): every member sees the list,
// administrators create and revoke.
export default async function ApiTokensPage({ params }: PageProps<"/orgs/[orgNumber]/sync/definitions/tokens">) {
  const { orgNumber, organisation, role, t } = await loadOrgPage(params, "definitions");
  const tokens = await listApiTokens({ organisationId: organisation.id });
  const isAdmin = hasRole(role, "ADMIN");
  return (
    <ClientMessages route="orgs/[orgNumber]/sync/definitions/tokens/page">
      <PageShell title={t("tokens.title")} intro={t("tokens.intro")} spacing="lg">
        <Notice>{t("tokens.creatorRule")}</Notice>
        <Section headingId="api-tokens-heading" title={t("tokens.listTitle")} className="space-y-4">
          <ApiTokenTable orgNumber={orgNumber} tokens={tokens} isAdmin={isAdmin} />
        </Section>
        {isAdmin ? <CreateApiToken orgNumber={orgNumber} /> : <p className="text-slate-700">{t("tokens.adminOnly")}</p>}
      </PageShell>
    </ClientMessages>
  );
}
