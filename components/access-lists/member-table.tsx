import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
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
      <table className="w-full max-w-4xl border-collapse text-left text-sm" data-testid="member-table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-4">
              {t("orgNumber")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("organisation")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("addedAt")}
            </th>
            {props.canEdit && <td />}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.orgNumber} className="border-b border-slate-100" data-org-number={row.orgNumber}>
              <td className="py-2 pr-4 font-mono">{row.orgNumber}</td>
              <td className="py-2 pr-4">{row.name ?? <span className="text-slate-600">{t("unknownName")}</span>}</td>
              <td className="py-2 pr-4">{format.dateTime(row.addedAt, { dateStyle: "medium" })}</td>
              {props.canEdit && (
                <td className="py-2">
                  <RemoveMemberButton
                    orgNumber={props.orgNumber}
                    accessListId={props.accessListId}
                    memberOrgNumber={row.orgNumber}
                    label={row.name ? `${row.name} (${row.orgNumber})` : row.orgNumber}
                  />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
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
