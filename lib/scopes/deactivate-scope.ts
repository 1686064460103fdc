import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { enqueueScopeDeactivation } from "./enqueue-scope-change";
import { lockOwnScope } from "./find-scope";
import type { TScope } from "./scope-dto";
import { assertActive, assertNoPendingChange } from "./scope-guards";

/**
 * Deactivates a scope. Maskinporten never deletes one, so the row stays (shown as deactivated) and its name can
 * never be used again in that environment.
 */
export async function deactivateScope(options: {
  tx: TTx;
  organisation: { id: string; orgNumber: string };
  scopeId: string;
}): Promise<{ scope: TScope; changeId: string }> {
  const { tx, organisation } = options;
  const current = await lockOwnScope({ tx, organisationId: organisation.id, scopeId: options.scopeId });
  assertActive(current);
  await assertNoPendingChange(tx, organisation.id, current);
  await tx.maskinportenScope.update({ where: { id: current.id }, data: { active: false }, select: { id: true } });
  const scope = { ...current, active: false };
  const { changeId } = await enqueueScopeDeactivation({ tx, organisation, scope });
  return { scope, changeId };
}
