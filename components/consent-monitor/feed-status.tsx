import { getFormatter, getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import { toUpstreamEnv, type TEnvironment } from "@/lib/platform/environment";
import { CheckNowButton } from "./check-now-button";

type TCursor = { environment: TEnvironment; lastReadAt: Date | null; lastError: string | null };

/** When the feed was last read in each environment, what went wrong, and "Check now". */
export async function FeedStatus(props: { orgNumber: string; cursors: TCursor[]; environments: TEnvironment[] }) {
  const t = await getTranslations("consentMonitor");
  const format = await getFormatter();
  return (
    <Section headingId="feed-heading" title={t("feed.title")} card className="space-y-2">
      <p className="text-sm text-slate-700">{t("feed.lag")}</p>
      <ul className="space-y-2">
        {props.environments.map((environment) => {
          const cursor = props.cursors.find((entry) => entry.environment === environment);
          const name = t(`environment.${environment}`);
          return (
            <li key={environment} data-testid="feed-status" data-environment={environment} className="space-y-1">
              <p>
                {cursor?.lastReadAt
                  ? t("feed.lastRead", {
                      environment: name,
                      time: format.dateTime(cursor.lastReadAt, { dateStyle: "short", timeStyle: "medium" }),
                    })
                  : t("feed.never", { environment: name })}
              </p>
              {cursor?.lastError && (
                <p className="text-sm text-red-700">
                  {t("feed.failed", { environment: name, error: cursor.lastError })}
                </p>
              )}
              <CheckNowButton
                orgNumber={props.orgNumber}
                environment={toUpstreamEnv(environment)}
                label={t("feed.checkNow", { environment: name })}
              />
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
