import Link from "next/link";
import { AccessRequestTable } from "@/components/access-requests/access-request-table";
import { loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { buttonClass } from "@/components/ui/button";
import { listAccessRequests } from "@/lib/access-requests/list-access-requests";
import { hasRole } from "@/lib/platform/auth/roles";

export const generateMetadata = pageTitle("accessRequests");

export default async function AccessRequestsPage({ params }: PageProps<"/orgs/[orgNumber]/access-requests">) {
  const { orgNumber, organisation, role, t } = await loadOrgPage(params, "accessRequests");
  const requests = await listAccessRequests({ organisationId: organisation.id, side: "consumer" });
  return (
    <PageShell title={t("title")} intro={t("intro")}>
      {hasRole(role, "EDITOR") ? (
        <Link
          href={`/orgs/${orgNumber}/access-requests/new`}
          className={buttonClass({ variant: "primary", size: "md", className: "inline-block" })}
        >
          {t("newRequest")}
        </Link>
      ) : (
        <p className="text-slate-700">{t("viewerNote")}</p>
      )}
      {requests.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <AccessRequestTable orgNumber={orgNumber} side="consumer" requests={requests} />
      )}
    </PageShell>
  );
}
