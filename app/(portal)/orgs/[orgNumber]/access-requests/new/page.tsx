import { AccessRequestForm } from "@/components/access-requests/access-request-form";
import { loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { NoticePage, PageShell } from "@/components/layout/page-shell";
import { listRequestableResources } from "@/lib/access-requests/list-requestable-resources";
import { hasRole } from "@/lib/platform/auth/roles";
import { ZEnvironment } from "@/lib/platform/environment";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export const generateMetadata = pageTitle("accessRequests.form");

export default async function NewAccessRequestPage({
  params,
  searchParams,
}: PageProps<"/orgs/[orgNumber]/access-requests/new">) {
  const { orgNumber, organisation, role, t } = await loadOrgPage(params, "accessRequests");
  if (!hasRole(role, "EDITOR")) {
    return <NoticePage title={t("form.title")} notice={t("viewerNote")} alert />;
  }
  const query = await searchParams;
  const environment = ZEnvironment.catch("TEST").parse(String(query.environment ?? "").toUpperCase());
  const resources = await listRequestableResources({ consumerOrganisationId: organisation.id });
  // Prefilled from the catalog's "Request access" link, which names the resource by identifier.
  const resourceId = resources.find((resource) => resource.identifier === query.resource)?.id ?? "";
  return (
    <ClientMessages route="orgs/[orgNumber]/access-requests/new/page">
      <PageShell title={t("form.title")} intro={t("form.intro", { organisation: organisation.name })}>
        <AccessRequestForm orgNumber={orgNumber} resources={resources} initial={{ environment, resourceId }} />
      </PageShell>
    </ClientMessages>
  );
}
