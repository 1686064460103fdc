import Link from "next/link";
import { loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { NoticePage, PageShell } from "@/components/layout/page-shell";
import { Notice } from "@/components/ui/notice";
import { ConsentTokenValidator } from "@/components/validator/consent-token-validator";
import { consentTokenExample } from "@/lib/consent-tokens/consent-token-example";
import { listValidationResources } from "@/lib/consent-tokens/list-validation-resources";
import { UPSTREAM_ENVIRONMENTS } from "@/lib/platform/environment";
import { upstream } from "@/lib/platform/upstream/upstream-context";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export const generateMetadata = pageTitle("validator");

/** Service owners' step 6: validate a consent token locally. Any member may use it; it changes nothing. */
export default async function ValidatorPage({ params }: PageProps<"/orgs/[orgNumber]/validator">) {
  const { orgNumber, organisation, t } = await loadOrgPage(params, "validator");
  if (!organisation.scopePrefix) {
    return <NoticePage title={t("title")} notice={t("notServiceOwner")} />;
  }
  const resources = await listValidationResources({ organisationId: organisation.id });
  // Public values (Maskinporten's issuer and key set), shown in the code example.
  const environments = Object.fromEntries(
    UPSTREAM_ENVIRONMENTS.map((environment) => {
      const { audience, jwksUrl } = upstream().config(environment).maskinporten;
      return [environment, { issuer: audience, jwksUrl }];
    }),
  ) as Record<(typeof UPSTREAM_ENVIRONMENTS)[number], { issuer: string; jwksUrl: string }>;
  // The example for the form's defaults (test, the first resource, no scope required), drawn before its code loads.
  const first = resources[0];
  const initialExample = first
    ? consentTokenExample({
        environment: "test",
        ...environments.test,
        resourceIdentifier: first.identifier,
        migratedResourceIdentifier: first.migratedIdentifier,
        requiredScopes: null,
        metadata: first.metadata,
      })
    : "";
  return (
    <ClientMessages route="orgs/[orgNumber]/validator/page">
      <PageShell title={t("title")} intro={t("intro")} spacing="lg">
        {resources.length === 0 ? (
          <Notice>
            {t("noResources")}{" "}
            <Link href={`/orgs/${orgNumber}/resources`} className="font-medium underline">
              {t("createResource")}
            </Link>
          </Notice>
        ) : (
          <ConsentTokenValidator
            orgNumber={orgNumber}
            resources={resources}
            environments={environments}
            initialExample={initialExample}
          />
        )}
      </PageShell>
    </ClientMessages>
  );
}
