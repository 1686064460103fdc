import Link from "next/link";
import { useTranslations } from "next-intl";
import { TableShell } from "@/components/ui/table-shell";
import { RefreshWhilePending } from "@/components/ui/refresh-while-pending";
import type { TScopeWithSync } from "@/lib/scopes/list-scopes";
import { CopyToProdButton } from "./copy-to-prod-button";
import { ScopeComparisonCell } from "./scope-comparison-cell";
import { ScopeSettings } from "./scope-settings";
import { ScopeSyncStatus } from "./scope-sync-status";
import { cardClass } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

type TProps = {
  orgNumber: string;
  environment: TUpstreamEnvironment;
  scopes: TScopeWithSync[];
  canEdit: boolean;
  /** Copying to production is a production change (lib/platform/auth/production-rule.ts). */
  canCopyToProd: boolean;
  /** Names that already exist in production (only for the test list): those cannot be copied there. */
  namesInProd: string[];
  /** Where the page preloads the comparison with Maskinporten from (the page's LiveCheckPreload), when it does. */
  comparisonFrom: string | undefined;
};

/** The scopes of one environment, rendered on the server; only the live cells and buttons are client code. */
export function ScopeList({
  orgNumber,
  environment,
  scopes,
  canEdit,
  canCopyToProd,
  namesInProd,
  comparisonFrom,
}: TProps) {
  const t = useTranslations("scopes.table");
  const tEnv = useTranslations("scopes.environments");
  const anyPending = scopes.some((scope) => scope.sync?.status === "PENDING");
  // Asked again whenever a scope's latest change moves on (e.g. becomes synced), not on every refresh.
  const syncVersion = scopes
    .map((scope) => `${scope.id}:${scope.sync?.changeId ?? ""}:${scope.sync?.status ?? ""}`)
    .join(",");

  if (scopes.length === 0) {
    return (
      <p className={cardClass({ className: "text-slate-700" })}>
        {t(canEdit ? "emptyEditor" : "empty", { environment: tEnv(environment) })}
      </p>
    );
  }
  const columns = [
    t("scope"),
    t("description"),
    t("settings"),
    t("sync"),
    t("inMaskinporten"),
    ...(canEdit ? [t("actions")] : []),
  ];
  return (
    <>
      <RefreshWhilePending pending={anyPending} />
      <TableShell caption={t("caption", { environment: tEnv(environment) })} columns={columns}>
        {scopes.map((scope) => (
          <tr
            key={scope.id}
            className="border-t border-slate-200 align-top"
            data-testid="scope-row"
            data-scope={scope.name}
          >
            <th scope="row" className="px-3 py-2 font-medium">
              <code className="break-all">{scope.name}</code>
              <span
                data-testid="scope-active"
                className={`ml-2 inline-block rounded px-1.5 text-xs ${scope.active ? "bg-green-100 text-green-900" : "bg-slate-200 text-slate-800"}`}
              >
                {scope.active ? t("active") : t("deactivated")}
              </span>
            </th>
            <td className="px-3 py-2" data-testid="scope-description">
              {scope.description}
            </td>
            <td className="px-3 py-2">
              <ScopeSettings scope={scope} />
            </td>
            <td className="px-3 py-2">
              <ScopeSyncStatus orgNumber={orgNumber} scopeName={scope.name} sync={scope.sync} canRetry={canEdit} />
            </td>
            <td className="px-3 py-2">
              <ScopeComparisonCell
                orgNumber={orgNumber}
                environment={environment}
                syncVersion={syncVersion}
                scopeId={scope.id}
                pending={scope.sync?.status === "PENDING"}
                preloadedFrom={comparisonFrom}
              />
            </td>
            {canEdit && (
              <td className="space-y-1 px-3 py-2">
                {scope.active && (
                  <Link
                    href={`/orgs/${orgNumber}/scopes/${scope.id}`}
                    aria-label={t("editScope", { name: scope.name })}
                    className={buttonClass({ size: "xs", className: "inline-block" })}
                  >
                    {t("edit")}
                  </Link>
                )}
                {canCopyToProd && scope.environment === "test" && scope.active && (
                  <CopyToProdButton
                    orgNumber={orgNumber}
                    scopeId={scope.id}
                    scopeName={scope.name}
                    inProd={namesInProd.includes(scope.name)}
                  />
                )}
              </td>
            )}
          </tr>
        ))}
      </TableShell>
    </>
  );
}
