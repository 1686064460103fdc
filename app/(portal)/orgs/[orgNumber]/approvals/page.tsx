import { AccessRequestTable } from "@/components/access-requests/access-request-table";
import { ApprovalFilters } from "@/components/approvals/approval-filters";
import { loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { Notice } from "@/components/ui/notice";
import { listAccessRequests, listRequestedResources } from "@/lib/access-requests/list-access-requests";
import { ZAccessRequestStatus } from "@/lib/access-requests/schemas";
import { hasRole } from "@/lib/platform/auth/roles";
import { ZEnvironment } from "@/lib/platform/environment";
import { uuidParam } from "@/lib/platform/http/route-params";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export const generateMetadata = pageTitle("accessRequests.approvals");

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function ApprovalsPage({ params, searchParams }: PageProps<"/orgs/[orgNumber]/approvals">) {
  const { orgNumber, organisation, role, t } = await loadOrgPage(params, "accessRequests.approvals");
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
    <ClientMessages route="orgs/[orgNumber]/approvals/page">
      <PageShell title={t("title")} intro={t("intro")}>
        {!hasRole(role, "ADMIN") && <Notice>{t("adminsDecide")}</Notice>}
        <ApprovalFilters values={values} resources={resources} />
        {requests.length === 0 ? (
          <p className="text-slate-700">{t("empty")}</p>
        ) : (
          <AccessRequestTable orgNumber={orgNumber} side="owner" requests={requests} />
        )}
      </PageShell>
    </ClientMessages>
  );
}
