import { getTranslations } from "next-intl/server";
import type { TAccessRequestDetail } from "@/lib/access-requests/get-access-request";
import { AccessRequestStatus } from "./access-request-status";

/** What was asked, by whom and of whom, and where it stands. */
export async function AccessRequestDetails({ request }: { request: TAccessRequestDetail }) {
  const t = await getTranslations("accessRequests.details");
  const tEnv = await getTranslations("accessRequests.environments");
  return (
    <dl className="grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      <dt className="font-medium">{t("status")}</dt>
      <dd>
        <AccessRequestStatus status={request.status} />
      </dd>
      <dt className="font-medium">{t("resource")}</dt>
      <dd className="font-mono">{request.resource.identifier}</dd>
      <dt className="font-medium">{t("environment")}</dt>
      <dd>{tEnv(request.environment)}</dd>
      <dt className="font-medium">{t("consumer")}</dt>
      <dd>
        {request.consumerOrganisation.name} ({request.consumerOrganisation.orgNumber})
      </dd>
      <dt className="font-medium">{t("owner")}</dt>
      <dd>
        {request.ownerOrganisation.name} ({request.ownerOrganisation.orgNumber})
      </dd>
      <dt className="font-medium">{t("asked")}</dt>
      <dd>
        <ul className="list-disc pl-5" data-testid="access-request-asked">
          {request.asked.scopes.map((scope) => (
            <li key={scope}>{t("scope", { scope })}</li>
          ))}
          {request.asked.accessListName && <li>{t("accessList", { name: request.asked.accessListName })}</li>}
          {request.asked.scopes.length === 0 && !request.asked.accessListName && <li>{t("nothingUpstream")}</li>}
        </ul>
      </dd>
      <dt className="font-medium">{t("message")}</dt>
      <dd className="whitespace-pre-wrap">{request.message}</dd>
      {request.decisionReason && (
        <>
          <dt className="font-medium">{t("decisionReason")}</dt>
          <dd data-testid="decision-reason">{request.decisionReason}</dd>
        </>
      )}
    </dl>
  );
}
