import { getFormatter, getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import { TableShell } from "@/components/ui/table-shell";
import type { TDriftFinding } from "@/lib/drift/list-drift-findings";

/** The latest resolved findings: which object, how it was resolved, and when. */
export async function ResolvedDriftTable({ findings }: { findings: TDriftFinding[] }) {
  const t = await getTranslations("drift.resolved");
  const tTypes = await getTranslations("drift.types");
  const format = await getFormatter();
  return (
    <Section headingId="drift-resolved-heading" title={t("title")} className="space-y-2">
      <TableShell
        caption={t("title")}
        columns={[t("object"), t("how"), t("when")]}
        testId="drift-resolved"
        empty={{ text: t("none"), rowCount: findings.length }}
      >
        {findings.map((finding) => (
          <tr
            key={finding.id}
            data-testid="drift-resolved-row"
            data-object={finding.label}
            className="border-t border-slate-200"
          >
            <td className="px-3 py-2">
              {finding.label} <span className="text-slate-600">({tTypes(finding.objectType as "scope")})</span>
            </td>
            <td className="px-3 py-2">{t(`resolution.${finding.resolution ?? "agreed"}` as "resolution.agreed")}</td>
            <td className="px-3 py-2">
              {finding.resolvedAt && format.dateTime(finding.resolvedAt, { dateStyle: "short", timeStyle: "short" })}
            </td>
          </tr>
        ))}
      </TableShell>
    </Section>
  );
}
