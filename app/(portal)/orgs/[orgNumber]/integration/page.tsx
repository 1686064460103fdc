import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { randomUUID } from "node:crypto";
import { DefaultRequest } from "@/components/integration-kit/default-request";
import { DelegationPreflight } from "@/components/integration-kit/delegation-preflight";
import { kitDelegationsUrl } from "@/lib/delegations/delegation-urls";
import { IntegrationTestHistory } from "@/components/integration-kit/integration-test-history";
import { IntegrationTestOpener } from "@/components/integration-kit/integration-test-opener";
import { RequestEditor } from "@/components/integration-kit/request-editor";
import { ResourceFacts, ResourcePicker } from "@/components/integration-kit/resource-picker";
import { loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { Notice } from "@/components/ui/notice";
import { LiveCheckPreload } from "@/components/ui/live-check-preload";
import { env } from "@/lib/platform/config/env";
import { dateInDays } from "@/lib/integration-kit/consent-request-rules";
import { getIntegrationKitPage } from "@/lib/integration-kit/get-integration-kit-page";
import { KIT_TEST_PARAM, kitReturnUrl, readApprovalReturn } from "@/lib/integration-kit/kit-return";
import { refreshConsentStatus } from "@/lib/integration-kit/refresh-consent-status";
import { hasRole } from "@/lib/platform/auth/roles";
import { HandledByPreview } from "@/components/suppliers/handled-by-preview";
import { getKitCustomer } from "@/lib/suppliers/get-kit-customer";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export const generateMetadata = pageTitle("integrationKit");

const DEFAULT_VALIDITY_DAYS = 30;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? null;

/** The consumer's integration kit: build a consent request, see it as code, and try it in the test environment. */
export default async function IntegrationKitPage({ params, searchParams }: PageProps<"/orgs/[orgNumber]/integration">) {
  const [query, { orgNumber, organisation, role, t }, locale, tRedirect] = await Promise.all([
    searchParams,
    loadOrgPage(params, "integrationKit"),
    getLocale(),
    getTranslations("redirectKit"),
  ]);
  const canAct = hasRole(role, "EDITOR");
  // Altinn's redirect back carries `Status` (and `ErrorMessage`), and the test id only because the kit put it in its
  // own return address; the panel's `id` link is the other way here.
  const testId = one(query[KIT_TEST_PARAM]) ?? one(query.id);
  const returned = testId ? readApprovalReturn(query) : null;
  const statusFresh = returned && testId ? await refreshConsentStatus({ organisation, testId }) : true;
  const { resources, tests, resource, current, endpoints, altinnProblems } = await getIntegrationKitPage({
    organisationId: organisation.id,
    resourceIdentifier: one(query.resource),
    testId,
  });
  // `?for=` (from the suppliers page): a supplier builds the request for a customer that delegated to it in Altinn.
  const customer = await getKitCustomer({
    supplier: organisation,
    customerOrgNumber: one(query.for),
    consentTemplate: resource?.consentTemplate ?? null,
  });
  // The request the builder starts from (no resource, no builder); the page shows its code before the builder opens.
  const request = resource && {
    orgNumber,
    resource,
    endpoints,
    defaults: {
      validTo: dateInDays(DEFAULT_VALIDITY_DAYS),
      redirectUrl: kitReturnUrl(env().NEXTAUTH_URL, orgNumber, resource.identifier),
    },
    previewId: randomUUID(),
    canTry: canAct,
    customer,
  };

  return (
    <ClientMessages route="orgs/[orgNumber]/integration/page">
      <PageShell title={t("title")} intro={t("intro")} spacing="lg">
        <p>
          <Link href={`/orgs/${orgNumber}/integration/redirect`} className="text-brand-700 underline">
            {tRedirect("kitLink")}
          </Link>
        </p>
        {resources.length === 0 || !request ? (
          <Notice>{t("noResources")}</Notice>
        ) : (
          <>
            <ResourcePicker
              orgNumber={orgNumber}
              resources={resources}
              selected={request.resource.identifier}
              locale={locale}
            />
            <ResourceFacts resource={request.resource} />
            {/* The preflight's live check is the delegations route's, started by the browser as it reads the page. */}
            <LiveCheckPreload href={kitDelegationsUrl(orgNumber)} />
            <DelegationPreflight
              orgNumber={orgNumber}
              operator={env().OPERATOR_ORG_NUMBER}
              preloadedFrom={kitDelegationsUrl(orgNumber)}
            />
            {customer && <HandledByPreview customer={customer} locale={locale} />}
            <RequestEditor
              key={request.resource.identifier}
              {...request}
              altinnProblems={altinnProblems}
              // A test in the address (the builder's submit, Altinn's return) or Altinn's refusals to place: open.
              initiallyOpen={Boolean(testId) || altinnProblems.length > 0}
              closed={<DefaultRequest {...request} />}
            />
          </>
        )}
        {current && (
          <IntegrationTestOpener
            key={current.id}
            orgNumber={orgNumber}
            test={current}
            returned={current.id === testId ? returned : null}
            statusFresh={statusFresh}
            canAct={canAct}
            initiallyOpen={current.id === testId}
          />
        )}
        {tests.length > 0 && <IntegrationTestHistory orgNumber={orgNumber} tests={tests} />}
      </PageShell>
    </ClientMessages>
  );
}
