import { TableShell } from "@/components/ui/table-shell";
import { getFormatter, getTranslations } from "next-intl/server";
import type { TAuditEvent } from "@/lib/audit/list-audit-events";

export async function AuditTable({ events }: { events: TAuditEvent[] }) {
  const t = await getTranslations("audit.table");
  const format = await getFormatter();
  return (
    <TableShell
      caption={t("caption")}
      columns={[t("time"), t("actor"), t("action"), t("summary")]}
      empty={{ text: t("empty"), rowCount: events.length }}
    >
      {events.map((event) => (
        <tr key={event.id} className="border-t border-slate-200" data-testid="audit-row">
          <td className="whitespace-nowrap px-3 py-2">
            <time dateTime={event.createdAt.toISOString()}>
              {format.dateTime(event.createdAt, { dateStyle: "short", timeStyle: "medium" })}
            </time>
          </td>
          <td className="px-3 py-2">{event.actorName ?? t("unknownActor")}</td>
          <td className="px-3 py-2 font-mono text-xs">{event.action}</td>
          <td className="px-3 py-2">{event.summary}</td>
        </tr>
      ))}
    </TableShell>
  );
}
