import { AccessRequestView, loadAccessRequestPage } from "@/components/access-requests/access-request-page";
import { DecisionForm } from "@/components/approvals/decision-form";
import { RevokeForm } from "@/components/approvals/revoke-form";
import { pageTitle } from "@/components/layout/page-loaders";
import { Notice } from "@/components/ui/notice";
import { hasRole } from "@/lib/platform/auth/roles";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export const generateMetadata = pageTitle("accessRequests", "requestTitle");

const REVOCABLE = new Set(["APPROVED", "PROVISIONING", "ACTIVE", "FAILED"]);

/** The owner's view of a request made to it: decide, follow the grants, retry or revoke. */
export default async function ApprovalPage({ params }: PageProps<"/orgs/[orgNumber]/approvals/[requestId]">) {
  const { orgNumber, role, request, t } = await loadAccessRequestPage(params, "owner");
  const isAdmin = hasRole(role, "ADMIN");
  return (
    <ClientMessages route="orgs/[orgNumber]/approvals/[requestId]/page">
      <AccessRequestView
        orgNumber={orgNumber}
        request={request}
        back={{ href: `/orgs/${orgNumber}/approvals`, label: t("approvals.backToQueue") }}
        canRetry={isAdmin}
        decision={
          isAdmin ? (
            <DecisionForm orgNumber={orgNumber} requestId={request.id} status={request.status} />
          ) : (
            <Notice>{t("approvals.adminsDecide")}</Notice>
          )
        }
      >
        {isAdmin && REVOCABLE.has(request.status) && <RevokeForm orgNumber={orgNumber} requestId={request.id} />}
      </AccessRequestView>
    </ClientMessages>
  );
}
