import "server-only";
import { db } from "@/lib/platform/db/prisma";
import { scopeSelect, toScope, type TScope } from "./scope-dto";
import { latestScopeChanges, type TScopeSyncState } from "./scope-sync-state";
import { scopeChangeTarget } from "./scope-target";
import { type TUpstreamEnvironment, fromUpstreamEnv } from "@/lib/platform/environment";

export type TScopeWithSync = TScope & { sync: TScopeSyncState | null };

/** The organisation's scopes in one environment, active first, each with its sync state. */
export async function listScopes(options: {
  organisationId: string;
  environment: TUpstreamEnvironment;
}): Promise<TScopeWithSync[]> {
  const environment = fromUpstreamEnv(options.environment);
  const rows = await db().maskinportenScope.findMany({
    where: { organisationId: options.organisationId, environment },
    select: scopeSelect,
    orderBy: [{ active: "desc" }, { subscope: "asc" }],
  });
  const scopes = rows.map(toScope);
  const changes = await latestScopeChanges({
    db: db(),
    organisationId: options.organisationId,
    targetIds: scopes.map((scope) => scopeChangeTarget(environment, scope.name).targetId),
  });
  return scopes.map((scope) => ({
    ...scope,
    sync: changes.get(scopeChangeTarget(environment, scope.name).targetId) ?? null,
  }));
}
