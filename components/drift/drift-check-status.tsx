import { getFormatter, getTranslations } from "next-intl/server";
import { RefreshWhilePending } from "@/components/ui/refresh-while-pending";
import { Section } from "@/components/ui/section";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";
import { CheckDriftButton } from "./check-drift-button";

/** When the environment was last compared, what could not be read, and "Check now" (polling while it runs). */
export async function DriftCheckStatus(props: {
  orgNumber: string;
  environment: TUpstreamEnvironment;
  lastCheckedAt: Date | null;
  lastError: string | null;
  checking: boolean;
}) {
  const t = await getTranslations("drift.check");
  const format = await getFormatter();
  return (
    <Section headingId="drift-check-heading" title={t("title")} card className="space-y-2">
      <RefreshWhilePending pending={props.checking} />
      <p data-testid="drift-last-checked">
        {props.lastCheckedAt
          ? t("lastChecked", {
              time: format.dateTime(props.lastCheckedAt, { dateStyle: "short", timeStyle: "medium" }),
            })
          : t("never")}
      </p>
      <p className="text-sm text-slate-700">{t("schedule")}</p>
      {props.lastError && (
        <p className="text-sm text-red-700" data-testid="drift-check-error">
          {t("failed", { error: props.lastError })}
        </p>
      )}
      <CheckDriftButton orgNumber={props.orgNumber} environment={props.environment} checking={props.checking} />
    </Section>
  );
}
