import { getTranslations } from "next-intl/server";
import type { TOrganisationRow } from "@/lib/platform/list-organisations";

export async function OrganisationsTable({ organisations }: { organisations: TOrganisationRow[] }) {
  const t = await getTranslations("admin.table");
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">{t("name")}</th>
            <th scope="col" className="px-3 py-2">{t("orgNumber")}</th>
            <th scope="col" className="px-3 py-2">{t("orgCode")}</th>
            <th scope="col" className="px-3 py-2">{t("members")}</th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((organisation) => (
            <tr key={organisation.orgNumber} className="border-t border-slate-200" data-testid="organisation-row">
              <th scope="row" className="px-3 py-2 font-medium">{organisation.name}</th>
              <td className="px-3 py-2">{organisation.orgNumber}</td>
              <td className="px-3 py-2">{organisation.orgCode ?? "–"}</td>
              <td className="px-3 py-2">{organisation.memberCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
