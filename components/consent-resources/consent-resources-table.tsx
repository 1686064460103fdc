import { ENVIRONMENTS } from "@/lib/platform/environment";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { TableShell } from "@/components/ui/table-shell";
import { publicationIn } from "@/lib/consent-resources/consent-resource-select";
import type { TConsentResourceSummary } from "@/lib/consent-resources/list-consent-resources";
import { inLocale } from "@/lib/consent-resources/localized";

export async function ConsentResourcesTable({
  orgNumber,
  resources,
}: {
  orgNumber: string;
  resources: TConsentResourceSummary[];
}) {
  const t = await getTranslations("consentResources.list");
  const locale = await getLocale();
  return (
    <TableShell
      caption={t("title")}
      columns={[
        t("columns.identifier"),
        t("columns.title"),
        t("columns.version"),
        t("columns.TEST"),
        t("columns.PROD"),
      ]}
    >
      {resources.map((resource) => (
        <tr key={resource.id} className="border-t border-slate-200" data-testid="consent-resource-row">
          <th scope="row" className="px-3 py-2 font-mono font-medium">
            <Link href={`/orgs/${orgNumber}/resources/${resource.identifier}`} className="text-brand-700 underline">
              {resource.identifier}
            </Link>
          </th>
          <td className="px-3 py-2">{inLocale(resource.title, locale)}</td>
          <td className="px-3 py-2">{resource.latestVersion}</td>
          {ENVIRONMENTS.map((environment) => {
            const publication = publicationIn(resource.publications, environment);
            return (
              <td key={environment} className="px-3 py-2" data-testid={`publication-${environment}`}>
                {publication
                  ? `${t("publishedVersion", { version: publication.version })} · ${t(`states.${publication.state}`)}`
                  : t("notPublished")}
              </td>
            );
          })}
        </tr>
      ))}
    </TableShell>
  );
}
