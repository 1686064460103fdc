import { getTranslations } from "next-intl/server";
import { TableShell } from "@/components/ui/table-shell";
import { CONSENT_MONITOR_STATUSES } from "@/lib/consent-monitor/consent-timeline";
import type { TResourceCount } from "@/lib/consent-monitor/list-tracked-consents";

/** How many tracked consent requests each resource has, in each status. */
export async function ResourceCounts({ counts }: { counts: TResourceCount[] }) {
  const t = await getTranslations("consentMonitor");
  if (!counts.length) return null;
  return (
    <TableShell
      caption={t("counts.caption")}
      visibleCaption
      testId="consent-counts"
      columns={[t("counts.resource"), t("counts.total"), ...CONSENT_MONITOR_STATUSES.map((s) => t(`status.${s}`))]}
    >
      {counts.map((count) => (
        <tr key={count.resource ?? ""} className="border-t border-slate-200" data-resource={count.resource ?? ""}>
          <th scope="row" className="px-3 py-2 text-left font-normal">
            {count.resource ?? t("counts.unknown")}
          </th>
          <td className="px-3 py-2">{count.total}</td>
          {CONSENT_MONITOR_STATUSES.map((status) => (
            <td key={status} className="px-3 py-2" data-status={status}>
              {count.byStatus[status] ?? 0}
            </td>
          ))}
        </tr>
      ))}
    </TableShell>
  );
}
