import { getLocale } from "next-intl/server";
import { AccessRequestForm } from "@/components/access-requests/access-request-form";
import { loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { NoticePage, PageShell } from "@/components/layout/page-shell";
import { listRequestableResources } from "@/lib/access-requests/list-requestable-resources";
import { titleIn } from "@/lib/access-requests/published-terms";
import { hasRole } from "@/lib/platform/auth/roles";
import { ENVIRONMENTS, ZEnvironment } from "@/lib/platform/environment";
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
  const [requestable, locale] = await Promise.all([
    listRequestableResources({ consumerOrganisationId: organisation.id }),
    getLocale(),
  ]);
  // Prefilled from the catalog's "Request access" link, which names the resource by identifier.
  const resourceId = requestable.find((resource) => resource.identifier === query.resource)?.id ?? "";
  // Labelled here, so the form's code carries neither the titles' reader nor zod (issue 17: first-visit JavaScript).
  const resources = requestable.map(({ id, environment, scopes, accessListName, ...resource }) => ({
    id,
    environment,
    scopes,
    accessListName,
    label: `${titleIn(resource.title, locale, resource.identifier)} (${resource.identifier}) — ${resource.owner.name}`,
  }));
  return (
    <ClientMessages route="orgs/[orgNumber]/access-requests/new/page">
      <PageShell title={t("form.title")} intro={t("form.intro", { organisation: organisation.name })}>
        <AccessRequestForm
          orgNumber={orgNumber}
          environments={[...ENVIRONMENTS]}
          resources={resources}
          initial={{ environment, resourceId }}
        />
      </PageShell>
    </ClientMessages>
  );
}
