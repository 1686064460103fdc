"use client";

import { useTranslations } from "next-intl";
import type { TComparisonView } from "@/lib/promotion/comparison-view";

/**
 * What production gets from the selection (issue 16.3), read from the comparison already on the page: per selected
 * object its kind, its name, and whether production gets it new or changed.
 */
export function PromotionSummary(props: { comparison: TComparisonView; selected: ReadonlySet<string> }) {
  const t = useTranslations("environments");
  const { scopes, accessLists, connections, resources } = props.comparison;
  const rows = [
    ...scopes.map((scope) => ({ ...scope, kind: "scope" as const, name: scope.name })),
    ...accessLists.map((list) => ({ ...list, kind: "accessList" as const, name: list.identifier })),
    ...connections.map((connection) => ({
      ...connection,
      kind: "connection" as const,
      name: t("connections.name", { list: connection.listIdentifier, resource: connection.resourceIdentifier }),
    })),
    ...resources.map((resource) => ({ ...resource, kind: "resource" as const, name: resource.identifier })),
  ].filter((row) => props.selected.has(row.key));
  return (
    <>
      <p>{t("confirm.intro", { count: rows.length })}</p>
      <ul className="list-disc space-y-1 pl-5 text-sm" data-testid="promotion-summary">
        {rows.map((row) => (
          <li key={row.key} className="break-words">
            {t(row.status === "missingInProd" ? "confirm.created" : "confirm.updated", {
              kind: t(`confirm.kind.${row.kind}`),
              name: row.name,
            })}
          </li>
        ))}
      </ul>
    </>
  );
}
