import { AccessRequestView, loadAccessRequestPage } from "@/components/access-requests/access-request-page";
import { pageTitle } from "@/components/layout/page-loaders";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export const generateMetadata = pageTitle("accessRequests", "requestTitle");

/** The consumer's view of its own request; another organisation's request is a 404. */
export default async function AccessRequestPage({
  params,
}: PageProps<"/orgs/[orgNumber]/access-requests/[requestId]">) {
  const { orgNumber, request, t } = await loadAccessRequestPage(params, "consumer");
  return (
    <ClientMessages route="orgs/[orgNumber]/access-requests/[requestId]/page">
      <AccessRequestView
        orgNumber={orgNumber}
        request={request}
        back={{ href: `/orgs/${orgNumber}/access-requests`, label: t("backToList") }}
        canRetry={false}
      />
    </ClientMessages>
  );
}
