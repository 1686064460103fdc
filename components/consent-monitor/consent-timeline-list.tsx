import { getFormatter, getTranslations } from "next-intl/server";
import type { TTimelineEntry } from "@/lib/consent-monitor/consent-timeline";

/** The consent's status timeline, oldest first. */
export async function ConsentTimelineList({ entries }: { entries: TTimelineEntry[] }) {
  const t = await getTranslations("consentMonitor");
  const format = await getFormatter();
  return (
    <ol className="space-y-2 border-l-2 border-slate-200 pl-4" data-testid="consent-timeline">
      {entries.map((entry, index) => (
        <li key={`${entry.type}-${index}`} data-testid="timeline-entry" data-type={entry.type}>
          <p className="font-medium">{t(`status.${entry.type}`)}</p>
          <time className="text-sm text-slate-600" dateTime={entry.at.toISOString()}>
            {format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "medium" })}
          </time>
        </li>
      ))}
    </ol>
  );
}
