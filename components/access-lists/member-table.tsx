import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { TableShell } from "@/components/ui/table-shell";
import { RemoveMemberButton } from "./remove-member-button";

export type TMemberRow = { orgNumber: string; name: string | null; addedAt: Date };

/** One page of members with their registered names (the number alone when the register does not know it). */
export async function MemberTable(props: {
  orgNumber: string;
  accessListId: string;
  rows: TMemberRow[];
  canEdit: boolean;
  query: string;
  nextAfter: string | null;
  isFirstPage: boolean;
  /** A production list: removing a member asks first. */
  production: boolean;
}) {
  const t = await getTranslations("accessLists.members");
  const format = await getFormatter();
  const base = `/orgs/${props.orgNumber}/access-lists/${props.accessListId}`;
  const withQuery = (after?: string) => {
    const params = new URLSearchParams();
    if (props.query) params.set("q", props.query);
    if (after) params.set("after", after);
    const search = params.toString();
    return search ? `${base}?${search}` : base;
  };
  if (props.rows.length === 0) {
    return <p className="text-slate-700">{props.query ? t("noMatch", { query: props.query }) : t("none")}</p>;
  }
  return (
    <div className="space-y-2">
      <TableShell
        caption={t("caption")}
        columns={[t("orgNumber"), t("organisation"), t("addedAt"), ...(props.canEdit ? [""] : [])]}
        testId="member-table"
      >
        {props.rows.map((row) => (
          <tr key={row.orgNumber} className="border-t border-slate-200" data-org-number={row.orgNumber}>
            <td className="px-3 py-2 font-mono">{row.orgNumber}</td>
            <td className="px-3 py-2">{row.name ?? <span className="text-slate-600">{t("unknownName")}</span>}</td>
            <td className="px-3 py-2">{format.dateTime(row.addedAt, { dateStyle: "medium" })}</td>
            {props.canEdit && (
              <td className="px-3 py-2">
                <RemoveMemberButton
                  orgNumber={props.orgNumber}
                  accessListId={props.accessListId}
                  memberOrgNumber={row.orgNumber}
                  label={row.name ? `${row.name} (${row.orgNumber})` : row.orgNumber}
                  production={props.production}
                />
              </td>
            )}
          </tr>
        ))}
      </TableShell>
      <nav aria-label={t("paging")} className="flex gap-4 text-sm">
        {!props.isFirstPage && (
          <Link href={withQuery()} className="text-brand-700 underline">
            {t("first")}
          </Link>
        )}
        {props.nextAfter && (
          <Link href={withQuery(props.nextAfter)} className="text-brand-700 underline">
            {t("next")}
          </Link>
        )}
      </nav>
    </div>
  );
}
