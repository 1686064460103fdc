import "server-only";
import type { TDb, TTx } from "./prisma";

/** What an audit event says about a change; the actor, action and correlation id come from the request. */
export type TAuditEntry = {
  targetType: string;
  targetId?: string | null;
  summary: string;
  /** The organisation the event belongs to when the request itself is not scoped to one (platform actions). */
  organisationId?: string | null;
};

export type TChange<R> = { data: R; audit: TAuditEntry };

/** Who made a change, on behalf of which organisation, under which action name and correlation id. */
export type TAuditActor = {
  actorId: string;
  organisationId?: string | null;
  action: string;
  correlationId: string;
  /** The API token the request came with (lib/api-tokens/); the actor is then the token's creator. */
  apiTokenId?: string | null;
};

/**
 * A change and its audit event in one transaction, so a failed change leaves no audit event and an audited change
 * cannot be lost. The one place an audit event is written: by the action helper, and by route handlers whose change
 * must wait for upstream calls outside a transaction.
 */
export async function inAuditedTransaction<R>(
  db: TDb,
  actor: TAuditActor,
  run: (tx: TTx) => Promise<TChange<R>>,
): Promise<R> {
  return db.$transaction(async (tx) => {
    const change = await run(tx);
    await tx.auditEvent.create({ data: { ...actor, ...change.audit } });
    return change.data;
  });
}
