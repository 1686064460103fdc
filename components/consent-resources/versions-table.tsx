import { getFormatter, getTranslations } from "next-intl/server";
import { TableShell } from "@/components/ui/table-shell";
import type { TConsentResourceVersion, TPublication } from "@/lib/consent-resources/consent-resource-select";

/** Every saved version, newest first, with who saved it and where it is published. */
export async function VersionsTable(props: {
  versions: TConsentResourceVersion[];
  publications: TPublication[];
  authors: Record<string, string>;
}) {
  const t = await getTranslations("consentResources.versions");
  const tEnv = await getTranslations("publishing.environments");
  const format = await getFormatter();
  return (
    <TableShell caption={t("title")} columns={[t("version"), t("savedAt"), t("savedBy"), t("publishedIn")]}>
      {props.versions.map((version) => {
        const where = props.publications.filter((p) => p.versionId === version.id && p.state === "PUBLISHED");
        return (
          <tr key={version.id} className="border-t border-slate-200" data-testid="version-row">
            <th scope="row" className="px-3 py-2 font-medium">
              {version.version}
            </th>
            <td className="px-3 py-2">
              {format.dateTime(version.createdAt, { dateStyle: "medium", timeStyle: "short" })}
            </td>
            <td className="px-3 py-2">
              {(version.createdById && props.authors[version.createdById]) || t("unknownAuthor")}
            </td>
            <td className="px-3 py-2">
              {where.map((p) => t("inEnvironment", { environment: tEnv(p.environment) })).join(", ")}
            </td>
          </tr>
        );
      })}
    </TableShell>
  );
}
