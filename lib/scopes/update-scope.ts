import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { enqueueScopeUpsert } from "./enqueue-scope-change";
import { lockOwnScope } from "./find-scope";
import { scopeSelect, toScope, type TScope } from "./scope-dto";
import { assertActive, assertNoPendingChange } from "./scope-guards";
import type { TScopeFields } from "./schemas";

/**
 * Changes everything but the name (Maskinporten cannot rename a subscope) and queues the whole scope for
 * Maskinporten. Saving unchanged fields is allowed on purpose: it brings a drifted scope back in line.
 */
export async function updateScope(options: {
  tx: TTx;
  organisation: { id: string; orgNumber: string };
  scopeId: string;
  fields: TScopeFields;
}): Promise<{ scope: TScope; changeId: string }> {
  const { tx, organisation, fields } = options;
  const current = await lockOwnScope({ tx, organisationId: organisation.id, scopeId: options.scopeId });
  assertActive(current);
  await assertNoPendingChange(tx, organisation.id, current);
  const row = await tx.maskinportenScope.update({
    where: { id: current.id },
    data: {
      description: fields.description,
      longDescription: fields.longDescription || null,
      visibility: fields.visibility,
      tokenLifetimeSeconds: fields.tokenLifetimeSeconds,
      allowedIntegrationTypes: fields.allowedIntegrationTypes,
    },
    select: scopeSelect,
  });
  const scope = toScope(row);
  const { changeId } = await enqueueScopeUpsert({ tx, organisation, scope });
  return { scope, changeId };
}
