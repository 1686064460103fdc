import { getFormatter, getTranslations } from "next-intl/server";
import { cardClass } from "@/components/ui/card";
import { Section } from "@/components/ui/section";
import { canTakeUpstream, type TDriftFinding } from "@/lib/drift/list-drift-findings";
import { DriftFieldTable } from "./drift-field-table";
import { ResolveDriftButtons } from "./resolve-drift-buttons";

/**
 * The open findings of one environment: each object with its differing fields (or "deleted upstream"), and for
 * those who may resolve it the two resolutions; a pushed one is "on its way" until a check confirms agreement.
 */
export async function DriftFindingList(props: {
  orgNumber: string;
  findings: TDriftFinding[];
  canResolve: boolean;
  /** Pushing to production asks first, naming what changes there (issue 16.3). */
  production: boolean;
}) {
  const t = await getTranslations("drift");
  const format = await getFormatter();
  return (
    <Section headingId="drift-open-heading" title={t("open.title")} className="space-y-3">
      {props.findings.length === 0 && <p className="text-slate-700">{t("open.none")}</p>}
      {props.findings.length > 0 && !props.canResolve && (
        <p className="text-sm text-slate-700">{t("open.adminsOnly")}</p>
      )}
      <ul className="space-y-3">
        {props.findings.map((finding) => (
          <li
            key={finding.id}
            data-testid="drift-finding"
            data-object={finding.label}
            data-type={finding.objectType}
            className={cardClass({ padding: "sm", className: "space-y-2" })}
          >
            <p>
              <span className="font-semibold">{finding.label}</span>{" "}
              <span className="text-sm text-slate-600">
                ({t(`types.${finding.objectType}` as "types.scope")}) ·{" "}
                {t("open.detected", {
                  time: format.dateTime(finding.detectedAt, { dateStyle: "short", timeStyle: "short" }),
                })}
              </span>
            </p>
            {finding.deletedUpstream ? (
              <p className="text-red-800" data-testid="drift-deleted">
                {t("open.deleted")}
              </p>
            ) : (
              <DriftFieldTable fields={finding.fields} />
            )}
            {finding.resolution === "push-portal" ? (
              <p className="text-sm text-slate-700" data-testid="drift-on-its-way">
                {t("open.onItsWay")}
              </p>
            ) : (
              props.canResolve && (
                <>
                  {!canTakeUpstream(finding) && <p className="text-sm text-slate-700">{t("open.pushOnly")}</p>}
                  <ResolveDriftButtons
                    orgNumber={props.orgNumber}
                    findingId={finding.id}
                    label={finding.label}
                    canTakeUpstream={canTakeUpstream(finding)}
                    production={props.production}
                    pushSummary={
                      finding.deletedUpstream
                        ? t("resolve.prodRecreated", { label: finding.label })
                        : t("resolve.prodFields", {
                            label: finding.label,
                            fields: Object.keys(finding.fields).join(", "),
                          })
                    }
                  />
                </>
              )
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}
