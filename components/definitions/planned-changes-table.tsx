import { useTranslations } from "next-intl";
import { TableShell } from "@/components/ui/table-shell";
import type { TPlannedChange } from "@/lib/definitions/definitions-schema";

/** The changes a plan found, or that an apply made, one row each. */
export function PlannedChangesTable(props: { changes: TPlannedChange[]; caption: string; testId: string }) {
  const t = useTranslations("definitions.changes");
  const columns = [t("action"), t("kind"), t("key"), t("fields"), t("summary")];
  return (
    <TableShell
      caption={props.caption}
      columns={columns}
      testId={props.testId}
      empty={{ text: t("none"), rowCount: props.changes.length }}
    >
      {props.changes.map((change) => (
        <tr key={`${change.kind} ${change.key} ${change.action}`} className="border-t border-slate-200 align-top">
          <td className="px-3 py-2">{t(`actions.${change.action}`)}</td>
          <td className="px-3 py-2">{t(`kinds.${change.kind}`)}</td>
          <td className="px-3 py-2 font-mono break-all">{change.key}</td>
          <td className="px-3 py-2 font-mono">{change.fields.join(", ")}</td>
          <td className="px-3 py-2">{change.summary}</td>
        </tr>
      ))}
    </TableShell>
  );
}
