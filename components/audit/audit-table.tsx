import { getFormatter, getTranslations } from "next-intl/server";
import type { TAuditEvent } from "@/lib/audit/list-audit-events";

export async function AuditTable({ events }: { events: TAuditEvent[] }) {
  const t = await getTranslations("audit.table");
  const format = await getFormatter();
  if (events.length === 0) return <p className="text-slate-700">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">{t("time")}</th>
            <th scope="col" className="px-3 py-2">{t("actor")}</th>
            <th scope="col" className="px-3 py-2">{t("action")}</th>
            <th scope="col" className="px-3 py-2">{t("summary")}</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </div>
  );
}
