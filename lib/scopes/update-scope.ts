import "server-only";
import { enqueueScopeUpsert } from "./enqueue-scope-change";
import { lockOwnScope } from "./find-scope";
import { requireLoadedVersion, type TVersionedEdit } from "@/lib/platform/db/optimistic-edit";
import { scopeColumns, scopeSelect, toScope, type TScope } from "./scope-dto";
import { assertActive, assertNoPendingChange } from "./scope-guards";
import type { TScopeFields } from "./schemas";

/** The audit action name of a scope's edit (scope-actions.ts): its latest event says who saved last. */
export const UPDATE_SCOPE_ACTION = "scope.update";

/**
 * Changes everything but the name (Maskinporten cannot rename a subscope) and queues the whole scope for
 * Maskinporten. Saving unchanged fields is allowed on purpose: it brings a drifted scope back in line. A save from an
 * older version than the scope's (`version`, what the form loaded) is refused, naming who saved (optimistic-edit.ts).
 */
export async function updateScope(
  options: TVersionedEdit & { scopeId: string; fields: TScopeFields },
): Promise<{ scope: TScope; changeId: string }> {
  const { tx, organisation, fields } = options;
  const current = await lockOwnScope({ tx, organisationId: organisation.id, scopeId: options.scopeId });
  // Deactivated says more than "someone saved": check it first.
  assertActive(current);
  await requireLoadedVersion({
    tx,
    row: current,
    loaded: options.version,
    action: UPDATE_SCOPE_ACTION,
    stale: "scopeStale",
  });
  await assertNoPendingChange(tx, organisation.id, current);
  const row = await tx.maskinportenScope.update({
    where: { id: current.id },
    data: { ...scopeColumns(fields), version: { increment: 1 } },
    select: scopeSelect,
  });
  const scope = toScope(row);
  const { changeId } = await enqueueScopeUpsert({ tx, organisation, scope });
  return { scope, changeId };
}
