import { getTranslations } from "next-intl/server";
import { AuditPagination } from "@/components/audit/audit-pagination";
import { AuditTable } from "@/components/audit/audit-table";
import { loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { NoticePage, PageShell } from "@/components/layout/page-shell";
import { AUDIT_COUNT_LIMIT, listAuditEvents } from "@/lib/audit/list-audit-events";
import { hasRole } from "@/lib/platform/auth/roles";

export const generateMetadata = pageTitle("audit");

export default async function AuditPage({ params, searchParams }: PageProps<"/orgs/[orgNumber]/audit">) {
  const { orgNumber, organisation, role, t } = await loadOrgPage(params, "audit");
  if (!hasRole(role, "ADMIN")) {
    // A member without the right role is told why, rather than shown an empty page.
    return <NoticePage title={t("title")} notice={t("adminsOnly")} alert />;
  }
  const tRequests = await getTranslations("accessRequests");
  const query = await searchParams;
  const text = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);
  const page = await listAuditEvents({
    organisationId: organisation.id,
    before: text(query.before),
    after: text(query.after),
    page: Number(text(query.page) ?? "1"),
  });
  const summary =
    page.total === null ? t("summaryMore", { count: AUDIT_COUNT_LIMIT }) : t("summary", { total: page.total });
  return (
    <PageShell title={t("title")} intro={summary}>
      <p>
        {/* A plain link: the route handler streams the whole log as a file download. */}
        <a href={`/orgs/${orgNumber}/audit/export`} download className="text-brand-700 underline">
          {tRequests("auditExport.downloadCsv")}
        </a>
      </p>
      <AuditTable events={page.events} />
      <AuditPagination basePath={`/orgs/${orgNumber}/audit`} page={page} />
    </PageShell>
  );
}
