import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { TableShell } from "@/components/ui/table-shell";
import type { TMonitorStatus } from "@/lib/consent-monitor/consent-timeline";
import type { TTrackedConsent } from "@/lib/consent-monitor/list-tracked-consents";

export async function TrackedConsentTable(props: { base: string; consents: TTrackedConsent[] }) {
  const t = await getTranslations("consentMonitor");
  const format = await getFormatter();
  return (
    <TableShell
      caption={t("list.caption")}
      testId="tracked-consents"
      columns={[
        t("list.requestId"),
        t("list.resource"),
        t("list.environment"),
        t("list.status"),
        t("list.validTo"),
        t("list.source"),
      ]}
      empty={{ text: t("list.empty"), rowCount: props.consents.length }}
    >
      {props.consents.map((consent) => (
        <tr
          key={consent.id}
          className="border-t border-slate-200"
          data-testid="tracked-consent"
          data-request-id={consent.requestId}
          data-status={consent.status}
        >
          <td className="px-3 py-2 font-mono text-xs">
            <Link href={`${props.base}/${consent.id}`} className="text-brand-700 underline">
              {consent.requestId}
            </Link>
          </td>
          <td className="px-3 py-2">{consent.resourceIdentifier ?? t("counts.unknown")}</td>
          <td className="px-3 py-2">{t(`environment.${consent.environment}`)}</td>
          <td className="px-3 py-2">{t(`status.${consent.status as TMonitorStatus}`)}</td>
          <td className="px-3 py-2">
            {consent.validTo ? format.dateTime(consent.validTo, { dateStyle: "medium" }) : ""}
          </td>
          <td className="px-3 py-2">{t(`source.${consent.source as "kit" | "registered"}`)}</td>
        </tr>
      ))}
    </TableShell>
  );
}
