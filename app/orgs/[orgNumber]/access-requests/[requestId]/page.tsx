import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccessRequestDetails } from "@/components/access-requests/access-request-details";
import { AccessRequestTimeline } from "@/components/access-requests/access-request-timeline";
import { GrantList } from "@/components/approvals/grant-list";
import { RefreshWhilePending } from "@/components/ui/refresh-while-pending";
import { getAccessRequest, isWaiting } from "@/lib/access-requests/get-access-request";
import { requirePageMembership } from "@/lib/platform/auth/require-page-membership";
import { uuidParam } from "@/lib/platform/http/route-params";

export async function generateMetadata() {
  const t = await getTranslations("accessRequests");
  return { title: t("requestTitle") };
}

/** The consumer's view of its own request; another organisation's request is a 404. */
export default async function AccessRequestPage({
  params,
}: PageProps<"/orgs/[orgNumber]/access-requests/[requestId]">) {
  const { orgNumber, requestId } = await params;
  const { organisation } = await requirePageMembership(orgNumber);
  const uuid = uuidParam(requestId);
  const request = uuid
    ? await getAccessRequest({ organisationId: organisation.id, side: "consumer", requestId: uuid })
    : null;
  if (!request) notFound();
  const t = await getTranslations("accessRequests");
  return (
    <section className="space-y-6">
      <p>
        <Link href={`/orgs/${orgNumber}/access-requests`} className="text-brand-700 underline">
          {t("backToList")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t("requestHeading", { resource: request.resource.identifier })}</h1>
      <AccessRequestDetails request={request} />
      <RefreshWhilePending pending={isWaiting(request)} />
      <AccessRequestTimeline events={request.events} />
      <GrantList orgNumber={orgNumber} grants={request.grants} canRetry={false} />
    </section>
  );
}
