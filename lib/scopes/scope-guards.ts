import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { conflict, forbidden } from "@/lib/platform/errors/app-error";
import type { TScope } from "./scope-dto";
import { latestScopeChanges } from "./scope-sync-state";
import { scopeChangeTarget } from "./scope-target";
import { fromUpstreamEnv } from "@/lib/platform/environment";

/** Only a service owner (an organisation Digdir gave a scope prefix) has scopes; the prefix is never the user's choice. */
export function requireScopePrefix(organisation: { scopePrefix: string | null }): string {
  if (!organisation.scopePrefix) throw forbidden("notServiceOwner");
  return organisation.scopePrefix;
}

/**
 * Refuses a change while the previous one is still on its way: the worker runs changes in parallel, so a second
 * change could overtake the first and leave Maskinporten with the older version.
 */
export async function assertNoPendingChange(tx: TTx, organisationId: string, scope: TScope): Promise<void> {
  const { targetId } = scopeChangeTarget(fromUpstreamEnv(scope.environment), scope.name);
  const latest = (await latestScopeChanges({ db: tx, organisationId, targetIds: [targetId] })).get(targetId);
  if (latest?.status === "PENDING") throw conflict("scopeChangePending");
}

/** Maskinporten never deletes a scope, and a deactivated one is not edited here. */
export function assertActive(scope: TScope): void {
  if (!scope.active) throw conflict("scopeDeactivated");
}
