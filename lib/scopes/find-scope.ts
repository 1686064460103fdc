import "server-only";
import { db, type TTx } from "@/lib/platform/db/prisma";
import { notFound } from "@/lib/platform/errors/app-error";
import type { TScopeWithSync } from "./list-scopes";
import { lockOwnRow } from "@/lib/platform/db/own-rows";
import { scopeSelect, toScope, type TScope } from "./scope-dto";
import { latestScopeChanges } from "./scope-sync-state";
import { scopeChangeTarget } from "./scope-target";
import { fromUpstreamEnv } from "@/lib/platform/environment";

/**
 * One scope of the organisation, locked for the rest of the transaction so two editors cannot queue conflicting
 * changes at once. Another organisation's scope is simply not found: the organisation is in the query.
 */
export async function lockOwnScope(options: {
  tx: TTx;
  organisationId: string;
  scopeId: string;
}): Promise<TScope & { updatedAt: Date }> {
  const { tx, organisationId, scopeId } = options;
  await lockOwnRow(tx, "MaskinportenScope", organisationId, scopeId);
  const row = await tx.maskinportenScope.findFirst({ where: { id: scopeId, organisationId }, select: scopeSelect });
  if (!row) throw notFound("scopeNotFound");
  return { ...toScope(row), updatedAt: row.updatedAt };
}

/** For the scope page: the scope with its sync state, or null (the page answers 404). */
export async function loadScopeWithSync(options: {
  organisationId: string;
  scopeId: string;
}): Promise<TScopeWithSync | null> {
  const row = await db().maskinportenScope.findFirst({
    where: { id: options.scopeId, organisationId: options.organisationId },
    select: scopeSelect,
  });
  if (!row) return null;
  const scope = toScope(row);
  const { targetId } = scopeChangeTarget(fromUpstreamEnv(scope.environment), scope.name);
  const changes = await latestScopeChanges({ db: db(), organisationId: options.organisationId, targetIds: [targetId] });
  return { ...scope, sync: changes.get(targetId) ?? null };
}
