import { TableShell } from "@/components/ui/table-shell";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { auditTargetLabels, targetKey } from "@/lib/audit/audit-target-labels";
import type { TAuditEvent } from "@/lib/audit/list-audit-events";
import { toLocale } from "@/lib/platform/i18n/locales";

export async function AuditTable({ events }: { events: TAuditEvent[] }) {
  const t = await getTranslations("audit");
  const format = await getFormatter();
  const english = toLocale(await getLocale()) === "en";
  const labels = english ? new Map<string, string>() : await auditTargetLabels(events);
  // The stored summary is English (and stays in the CSV export): English readers get it as written, with all its
  // detail; others get a sentence in their language from the action and the name of its target.
  const describe = (event: TAuditEvent) => {
    if (english) return event.summary;
    const key = `actions.${event.action}`;
    const what = t.has(key as never) ? t(key as never) : t("unknownAction", { action: event.action });
    const target = labels.get(targetKey(event));
    return target ? t("describe", { what, target }) : what;
  };
  return (
    <TableShell
      caption={t("table.caption")}
      columns={[t("table.time"), t("table.actor"), t("table.action"), t("table.summary")]}
      empty={{ text: t("table.empty"), rowCount: events.length }}
    >
      {events.map((event) => (
        <tr key={event.id} className="border-t border-slate-200" data-testid="audit-row">
          <td className="whitespace-nowrap px-3 py-2">
            <time dateTime={event.createdAt.toISOString()}>
              {format.dateTime(event.createdAt, { dateStyle: "short", timeStyle: "medium" })}
            </time>
          </td>
          <td className="px-3 py-2">{event.actorName ?? t("table.unknownActor")}</td>
          <td className="px-3 py-2">
            <code className="text-xs">{event.action}</code>
          </td>
          <td className="px-3 py-2 break-words">{describe(event)}</td>
        </tr>
      ))}
    </TableShell>
  );
}
