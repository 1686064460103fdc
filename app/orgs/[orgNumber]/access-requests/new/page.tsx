import { getTranslations } from "next-intl/server";
import { AccessRequestForm } from "@/components/access-requests/access-request-form";
import { listRequestableResources } from "@/lib/access-requests/list-requestable-resources";
import { requirePageMembership } from "@/lib/platform/auth/require-page-membership";
import { hasRole } from "@/lib/platform/auth/roles";
import { ZEnvironment } from "@/lib/platform/environment";

export async function generateMetadata() {
  const t = await getTranslations("accessRequests.form");
  return { title: t("title") };
}

export default async function NewAccessRequestPage({
  params,
  searchParams,
}: PageProps<"/orgs/[orgNumber]/access-requests/new">) {
  const { orgNumber } = await params;
  const { organisation, role } = await requirePageMembership(orgNumber);
  const t = await getTranslations("accessRequests");
  if (!hasRole(role, "EDITOR")) {
    return (
      <section className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("form.title")}</h1>
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {t("viewerNote")}
        </p>
      </section>
    );
  }
  const query = await searchParams;
  const environment = ZEnvironment.catch("TEST").parse(String(query.environment ?? "").toUpperCase());
  const resources = await listRequestableResources({ consumerOrganisationId: organisation.id });
  // Prefilled from the catalog's "Request access" link, which names the resource by identifier.
  const resourceId = resources.find((resource) => resource.identifier === query.resource)?.id ?? "";
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("form.title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("form.intro", { organisation: organisation.name })}</p>
      <AccessRequestForm orgNumber={orgNumber} resources={resources} initial={{ environment, resourceId }} />
    </section>
  );
}
