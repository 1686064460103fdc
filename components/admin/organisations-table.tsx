import { TableShell } from "@/components/ui/table-shell";
import { getTranslations } from "next-intl/server";
import type { TOrganisationRow } from "@/lib/admin/list-organisations";

export async function OrganisationsTable({ organisations }: { organisations: TOrganisationRow[] }) {
  const t = await getTranslations("admin.table");
  return (
    <TableShell caption={t("caption")} columns={[t("name"), t("orgNumber"), t("orgCode"), t("members")]}>
      {organisations.map((organisation) => (
        <tr key={organisation.orgNumber} className="border-t border-slate-200" data-testid="organisation-row">
          <th scope="row" className="px-3 py-2 font-medium">
            {organisation.name}
          </th>
          <td className="px-3 py-2">{organisation.orgNumber}</td>
          <td className="px-3 py-2">{organisation.orgCode ?? "–"}</td>
          <td className="px-3 py-2">{organisation.memberCount}</td>
        </tr>
      ))}
    </TableShell>
  );
}
