import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { GrantList } from "@/components/approvals/grant-list";
import { loadOrgPage } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { BackLink } from "@/components/ui/back-link";
import { RefreshWhilePending } from "@/components/ui/refresh-while-pending";
import { getTranslations } from "next-intl/server";
import { getAccessRequest, isWaiting, type TAccessRequestDetail } from "@/lib/access-requests/get-access-request";
import { uuidParam } from "@/lib/platform/http/route-params";
import { AccessRequestDetails } from "./access-request-details";
import { AccessRequestTimeline } from "./access-request-timeline";

/**
 * One access request as its consumer or its owner sees it. The organisation is part of the query (`side`), so a
 * request the organisation is not a party to, or a malformed id, is a 404.
 */
export async function loadAccessRequestPage(
  params: Promise<{ orgNumber: string; requestId: string }>,
  side: "consumer" | "owner",
) {
  const page = await loadOrgPage(params, "accessRequests");
  const requestId = uuidParam((await params).requestId);
  const request = requestId ? await getAccessRequest({ organisationId: page.organisation.id, side, requestId }) : null;
  if (!request) notFound();
  return { ...page, request };
}

/** The request's page: its facts, what happened to it, its grants; re-read while its grants are on their way. */
export async function AccessRequestView(props: {
  orgNumber: string;
  request: TAccessRequestDetail;
  back: { href: string; label: string };
  canRetry: boolean;
  /** The owner's decision (or why they cannot decide), before the history. */
  decision?: ReactNode;
  /** After the grants: the owner's revocation. */
  children?: ReactNode;
}) {
  const { request } = props;
  const t = await getTranslations("accessRequests");
  return (
    <PageShell
      title={t("requestHeading", { resource: request.resource.identifier })}
      spacing="lg"
      before={<BackLink href={props.back.href}>{props.back.label}</BackLink>}
    >
      <AccessRequestDetails request={request} />
      <RefreshWhilePending pending={isWaiting(request)} />
      {props.decision}
      <AccessRequestTimeline events={request.events} />
      <GrantList orgNumber={props.orgNumber} grants={request.grants} canRetry={props.canRetry} />
      {props.children}
    </PageShell>
  );
}
