import Link from "next/link";
import { DefinitionsEditor } from "@/components/definitions/definitions-editor";
import { DefinitionsExport } from "@/components/definitions/definitions-export";
import { loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { NoticePage, PageShell } from "@/components/layout/page-shell";
import { EnvironmentTabs } from "@/components/ui/environment-tabs";
import { Section } from "@/components/ui/section";
import { DEFINITIONS_SCHEMA_ID } from "@/lib/definitions/definitions-schema";
import { exportDefinitions } from "@/lib/definitions/export-definitions";
import { serializeDefinitions } from "@/lib/definitions/serialize-definitions";
import { canChangeEnvironment } from "@/lib/platform/auth/production-rule";
import { hasRole } from "@/lib/platform/auth/roles";
import { fromUpstreamEnv, ZEnvironmentParam } from "@/lib/platform/environment";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export const generateMetadata = pageTitle("definitions");
export const dynamic = "force-dynamic";

// Definitions as code (issue 13.4): the organisation's export per environment, and a document's plan and apply.
export default async function DefinitionsPage({
  params,
  searchParams,
}: PageProps<"/orgs/[orgNumber]/sync/definitions">) {
  const { orgNumber, organisation, role, t } = await loadOrgPage(params, "definitions");
  if (organisation.scopePrefix === null) return <NoticePage title={t("title")} notice={t("notServiceOwner")} />;
  const environment = ZEnvironmentParam.catch("test").parse((await searchParams).environment);
  const document = await exportDefinitions({
    organisationId: organisation.id,
    environment: fromUpstreamEnv(environment),
  });
  const base = `/orgs/${orgNumber}/sync/definitions`;
  const canApply = hasRole(role, "ADMIN") && canChangeEnvironment(role, environment);
  return (
    <ClientMessages route="orgs/[orgNumber]/sync/definitions/page">
      <PageShell title={t("title")} intro={t("intro")} spacing="lg">
        <EnvironmentTabs basePath={base} environment={environment} />
        <Section headingId="definitions-export" title={t("export.title")} card className="space-y-3">
          <p className="text-sm text-slate-700">
            {t("export.intro")}{" "}
            <a href={DEFINITIONS_SCHEMA_ID} className="underline">
              {t("export.schema")}
            </a>
          </p>
          <DefinitionsExport
            yaml={serializeDefinitions(document, "yaml")}
            json={serializeDefinitions(document, "json")}
            fileName={`definitions-${orgNumber}-${environment}`}
          />
        </Section>
        <Section headingId="definitions-plan-apply" title={t("editor.title")} card className="space-y-3">
          <p className="text-sm text-slate-700">
            {t.rich("editor.intro", { code: (chunks) => <code>{chunks}</code> })}
          </p>
          <DefinitionsEditor orgNumber={orgNumber} environment={environment} canApply={canApply} />
        </Section>
        <Section headingId="definitions-tokens" title={t("tokens.title")} className="space-y-2">
          <p className="text-sm text-slate-700">{t("tokensHint")}</p>
          <Link href={`${base}/tokens`} className="underline">
            {t("tokens.title")}
          </Link>
        </Section>
      </PageShell>
    </ClientMessages>
  );
}
