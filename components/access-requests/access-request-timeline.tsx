import { getFormatter, getTranslations } from "next-intl/server";
import type { TAccessRequestDetail } from "@/lib/access-requests/get-access-request";
import { Section } from "@/components/ui/section";

/** Every status the request passed through, oldest first, with who and why. */
export async function AccessRequestTimeline({ events }: { events: TAccessRequestDetail["events"] }) {
  const t = await getTranslations("accessRequests");
  const format = await getFormatter();
  return (
    <Section headingId="timeline-heading" title={t("timeline.title")} className="space-y-2">
      <ol className="space-y-2 border-l-2 border-slate-300 pl-4" data-testid="access-request-timeline">
        {events.map((event) => (
          <li key={event.id} data-status={event.status}>
            <p>
              <span className="font-medium">{t(`timeline.event.${event.status}` as "timeline.event.SUBMITTED")}</span>{" "}
              <time className="text-sm text-slate-600" dateTime={event.createdAt.toISOString()}>
                {format.dateTime(event.createdAt, { dateStyle: "short", timeStyle: "medium" })}
              </time>
              {event.actorName && (
                <span className="text-sm text-slate-600"> · {t("timeline.by", { name: event.actorName })}</span>
              )}
            </p>
            {event.note && <p className="text-sm text-slate-800">{t("timeline.reason", { reason: event.note })}</p>}
          </li>
        ))}
      </ol>
    </Section>
  );
}
