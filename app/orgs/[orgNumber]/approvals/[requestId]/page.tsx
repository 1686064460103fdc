import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccessRequestDetails } from "@/components/access-requests/access-request-details";
import { AccessRequestTimeline } from "@/components/access-requests/access-request-timeline";
import { DecisionForm } from "@/components/approvals/decision-form";
import { GrantList } from "@/components/approvals/grant-list";
import { RevokeForm } from "@/components/approvals/revoke-form";
import { RefreshWhilePending } from "@/components/ui/refresh-while-pending";
import { getAccessRequest, isWaiting } from "@/lib/access-requests/get-access-request";
import { requirePageMembership } from "@/lib/platform/auth/require-page-membership";
import { uuidParam } from "@/lib/platform/http/route-params";
import { hasRole } from "@/lib/platform/auth/roles";

export async function generateMetadata() {
  const t = await getTranslations("accessRequests");
  return { title: t("requestTitle") };
}

const REVOCABLE = new Set(["APPROVED", "PROVISIONING", "ACTIVE", "FAILED"]);

/** The owner's view of a request made to it: decide, follow the grants, retry or revoke. */
export default async function ApprovalPage({ params }: PageProps<"/orgs/[orgNumber]/approvals/[requestId]">) {
  const { orgNumber, requestId } = await params;
  const { organisation, role } = await requirePageMembership(orgNumber);
  const uuid = uuidParam(requestId);
  const request = uuid
    ? await getAccessRequest({ organisationId: organisation.id, side: "owner", requestId: uuid })
    : null;
  if (!request) notFound();
  const t = await getTranslations("accessRequests");
  const isAdmin = hasRole(role, "ADMIN");
  return (
    <section className="space-y-6">
      <p>
        <Link href={`/orgs/${orgNumber}/approvals`} className="text-brand-700 underline">
          {t("approvals.backToQueue")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t("requestHeading", { resource: request.resource.identifier })}</h1>
      <AccessRequestDetails request={request} />
      <RefreshWhilePending pending={isWaiting(request)} />
      {!isAdmin && (
        <p className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">{t("approvals.adminsDecide")}</p>
      )}
      {isAdmin && <DecisionForm orgNumber={orgNumber} requestId={request.id} open={request.status === "SUBMITTED"} />}
      <AccessRequestTimeline events={request.events} />
      <GrantList orgNumber={orgNumber} grants={request.grants} canRetry={isAdmin} />
      {isAdmin && REVOCABLE.has(request.status) && <RevokeForm orgNumber={orgNumber} requestId={request.id} />}
    </section>
  );
}
