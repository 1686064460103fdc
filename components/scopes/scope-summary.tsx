"use client";

import { useTranslations } from "next-intl";
import type { TScopeWithSync } from "@/lib/scopes/list-scopes";
import { ScopeSettings } from "./scope-settings";
import { ScopeSyncStatus } from "./scope-sync-status";
import { useRefreshWhilePending } from "@/components/ui/use-refresh-while-pending";
import { cardClass } from "@/components/ui/card";

/** One scope at a glance: its fixed name, environment, state and whether Maskinporten has its latest change. */
export function ScopeSummary({
  orgNumber,
  scope,
  canEdit,
}: {
  orgNumber: string;
  scope: TScopeWithSync;
  canEdit: boolean;
}) {
  const t = useTranslations("scopes.edit");
  const tEnv = useTranslations("scopes.environments");
  const tTable = useTranslations("scopes.table");
  useRefreshWhilePending(scope.sync?.status === "PENDING");
  return (
    <div className={cardClass({ className: "max-w-2xl space-y-3" })}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="font-medium">{t("name")}</dt>
        <dd>
          <code>{scope.name}</code>
        </dd>
        <dt className="font-medium">{t("environment")}</dt>
        <dd>{tEnv(scope.environment)}</dd>
        <dt className="font-medium">{t("state")}</dt>
        <dd data-testid="scope-active">{scope.active ? tTable("active") : tTable("deactivated")}</dd>
        <dt className="font-medium">{tTable("sync")}</dt>
        <dd>
          <ScopeSyncStatus orgNumber={orgNumber} scopeName={scope.name} sync={scope.sync} canRetry={canEdit} />
        </dd>
      </dl>
      <ScopeSettings scope={scope} />
      <p className="text-sm text-slate-700">
        {scope.active ? t("noRename") : t("deactivatedNote", { name: scope.name })}
      </p>
    </div>
  );
}
