import { getTranslations } from "next-intl/server";
import { AccessRequestTable } from "@/components/access-requests/access-request-table";
import { ApprovalFilters } from "@/components/approvals/approval-filters";
import { listAccessRequests, listRequestedResources } from "@/lib/access-requests/list-access-requests";
import { ZAccessRequestStatus } from "@/lib/access-requests/schemas";
import { requirePageMembership } from "@/lib/platform/auth/require-page-membership";
import { uuidParam } from "@/lib/platform/http/route-params";
import { hasRole } from "@/lib/platform/auth/roles";
import { ZEnvironment } from "@/lib/platform/environment";

export async function generateMetadata() {
  const t = await getTranslations("accessRequests.approvals");
  return { title: t("title") };
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function ApprovalsPage({ params, searchParams }: PageProps<"/orgs/[orgNumber]/approvals">) {
  const { orgNumber } = await params;
  const { organisation, role } = await requirePageMembership(orgNumber);
  const t = await getTranslations("accessRequests.approvals");
  const query = await searchParams;
  const values = { status: one(query.status), environment: one(query.environment), resource: one(query.resource) };
  const status = ZAccessRequestStatus.safeParse(values.status);
  const environment = ZEnvironment.safeParse(values.environment);
  const [requests, resources] = await Promise.all([
    listAccessRequests({
      organisationId: organisation.id,
      side: "owner",
      filters: {
        // Default: what still needs the owner (waiting for a decision, or stuck).
        status: status.success
          ? status.data
          : values.status === "ALL"
            ? undefined
            : { in: ["SUBMITTED", "PROVISIONING", "FAILED"] },
        environment: environment.success ? environment.data : undefined,
        resourceId: uuidParam(values.resource) ?? undefined,
      },
    }),
    listRequestedResources({ ownerOrganisationId: organisation.id }),
  ]);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      {!hasRole(role, "ADMIN") && (
        <p className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">{t("adminsDecide")}</p>
      )}
      <ApprovalFilters values={values} resources={resources} />
      {requests.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <AccessRequestTable orgNumber={orgNumber} side="owner" requests={requests} />
      )}
    </section>
  );
}
