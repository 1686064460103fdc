import { getTranslations } from "next-intl/server";
import { AuditTable } from "@/components/audit/audit-table";
import { loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { NoticePage, PageShell } from "@/components/layout/page-shell";
import { Pagination } from "@/components/ui/pagination";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { hasRole } from "@/lib/platform/auth/roles";

export const generateMetadata = pageTitle("audit");

export default async function AuditPage({ params, searchParams }: PageProps<"/orgs/[orgNumber]/audit">) {
  const { orgNumber, organisation, role, t } = await loadOrgPage(params, "audit");
  if (!hasRole(role, "ADMIN")) {
    // A member without the right role is told why, rather than shown an empty page.
    return <NoticePage title={t("title")} notice={t("adminsOnly")} alert />;
  }
  const tRequests = await getTranslations("accessRequests");
  const pageParam = Number((await searchParams).page ?? "1");
  const page = await listAuditEvents({
    organisationId: organisation.id,
    page: Number.isInteger(pageParam) ? pageParam : 1,
  });
  return (
    <PageShell title={t("title")} intro={t("summary", { total: page.total })}>
      <p>
        {/* A plain link: the route handler streams the whole log as a file download. */}
        <a href={`/orgs/${orgNumber}/audit/export`} download className="text-brand-700 underline">
          {tRequests("auditExport.downloadCsv")}
        </a>
      </p>
      <AuditTable events={page.events} />
      <Pagination basePath={`/orgs/${orgNumber}/audit`} page={page.page} pageCount={page.pageCount} />
    </PageShell>
  );
}
