import { getTranslations } from "next-intl/server";
import { AuditTable } from "@/components/audit/audit-table";
import { Pagination } from "@/components/ui/pagination";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { requirePageMembership } from "@/lib/platform/auth/require-page-membership";
import { hasRole } from "@/lib/platform/auth/roles";

export async function generateMetadata() {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

export default async function AuditPage({ params, searchParams }: PageProps<"/orgs/[orgNumber]/audit">) {
  const { orgNumber } = await params;
  const { organisation, role } = await requirePageMembership(orgNumber);
  const t = await getTranslations("audit");
  const tRequests = await getTranslations("accessRequests");
  if (!hasRole(role, "ADMIN")) {
    // A member without the right role is told why, rather than shown an empty page.
    return (
      <section className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {t("adminsOnly")}
        </p>
      </section>
    );
  }
  const pageParam = Number((await searchParams).page ?? "1");
  const page = await listAuditEvents({
    organisationId: organisation.id,
    page: Number.isInteger(pageParam) ? pageParam : 1,
  });
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-700">{t("summary", { total: page.total })}</p>
      <p>
        {/* A plain link: the route handler streams the whole log as a file download. */}
        <a href={`/orgs/${orgNumber}/audit/export`} download className="text-brand-700 underline">
          {tRequests("auditExport.downloadCsv")}
        </a>
      </p>
      <AuditTable events={page.events} />
      <Pagination basePath={`/orgs/${orgNumber}/audit`} page={page.page} pageCount={page.pageCount} />
    </section>
  );
}
