import { TableShell } from "@/components/ui/table-shell";
import { getFormatter, getTranslations } from "next-intl/server";
import type { TOrganisationRow } from "@/lib/admin/list-organisations";

export async function OrganisationsTable({ organisations }: { organisations: TOrganisationRow[] }) {
  const t = await getTranslations("admin");
  const format = await getFormatter();
  const columns = [t("table.name"), t("table.orgNumber"), t("table.orgCode"), t("table.members"), t("origin.column")];
  return (
    <TableShell caption={t("table.caption")} columns={columns}>
      {organisations.map(({ origin, ...organisation }) => (
        <tr key={organisation.orgNumber} className="border-t border-slate-200" data-testid="organisation-row">
          <th scope="row" className="px-3 py-2 font-medium">
            {organisation.name}
          </th>
          <td className="px-3 py-2">{organisation.orgNumber}</td>
          <td className="px-3 py-2">{organisation.orgCode ?? "–"}</td>
          <td className="px-3 py-2">{organisation.memberCount}</td>
          <td className="px-3 py-2" data-testid="organisation-origin">
            {t(`origin.${origin.kind}`, {
              person: origin.by ?? "–",
              date: format.dateTime(origin.at, { dateStyle: "short" }),
            })}
          </td>
        </tr>
      ))}
    </TableShell>
  );
}
