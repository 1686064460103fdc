import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { TableShell } from "@/components/ui/table-shell";
import type { TAccessRequestSummary } from "@/lib/access-requests/list-access-requests";
import { AccessRequestStatus } from "./access-request-status";

/** Requests as a table; `side` says whose view it is, so the other party is named and the link fits. */
export async function AccessRequestTable(props: {
  orgNumber: string;
  side: "consumer" | "owner";
  requests: TAccessRequestSummary[];
}) {
  const t = await getTranslations("accessRequests.table");
  const tEnv = await getTranslations("accessRequests.environments");
  const format = await getFormatter();
  const base =
    props.side === "consumer" ? `/orgs/${props.orgNumber}/access-requests` : `/orgs/${props.orgNumber}/approvals`;
  return (
    <TableShell
      caption={t("caption")}
      columns={[
        t("resource"),
        props.side === "consumer" ? t("owner") : t("consumer"),
        t("environment"),
        t("status"),
        t("submitted"),
      ]}
    >
      {props.requests.map((request) => {
        const party = props.side === "consumer" ? request.ownerOrganisation : request.consumerOrganisation;
        return (
          <tr key={request.id} className="border-t border-slate-200" data-testid="access-request-row">
            <td className="px-3 py-2">
              <Link href={`${base}/${request.id}`} className="font-mono text-brand-700 underline">
                {request.resource.identifier}
              </Link>
            </td>
            <td className="px-3 py-2">
              {party.name} ({party.orgNumber})
            </td>
            <td className="px-3 py-2">{tEnv(request.environment)}</td>
            <td className="px-3 py-2">
              <AccessRequestStatus status={request.status} />
            </td>
            <td className="whitespace-nowrap px-3 py-2">
              <time dateTime={request.createdAt.toISOString()}>
                {format.dateTime(request.createdAt, { dateStyle: "short", timeStyle: "short" })}
              </time>
            </td>
          </tr>
        );
      })}
    </TableShell>
  );
}
