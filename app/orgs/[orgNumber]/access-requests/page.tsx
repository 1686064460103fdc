import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AccessRequestTable } from "@/components/access-requests/access-request-table";
import { listAccessRequests } from "@/lib/access-requests/list-access-requests";
import { requirePageMembership } from "@/lib/platform/auth/require-page-membership";
import { hasRole } from "@/lib/platform/auth/roles";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata() {
  const t = await getTranslations("accessRequests");
  return { title: t("title") };
}

export default async function AccessRequestsPage({ params }: PageProps<"/orgs/[orgNumber]/access-requests">) {
  const { orgNumber } = await params;
  const { organisation, role } = await requirePageMembership(orgNumber);
  const t = await getTranslations("accessRequests");
  const requests = await listAccessRequests({ organisationId: organisation.id, side: "consumer" });
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
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
    </section>
  );
}
