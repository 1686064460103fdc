import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import type { TEnvironment } from "@/lib/platform/environment";

/** The kinds of `ConsentResourceEvent` (prisma/schema.prisma). */
export type TResourceEventKind = "PUBLISHED" | "STATUS_CHANGED" | "WITHDRAWN" | "DELETED";

/**
 * One line of a resource's history (the versions page): who published, changed the status of, withdrew or deleted
 * which version in which environment, in the transaction that queued the registry change, so the history and the
 * change commit together. `actorId` is null when the caller did not say who acted (another feature's operation).
 */
export async function recordResourceEvent(
  tx: TTx,
  event: {
    resourceId: string;
    environment: TEnvironment;
    kind: TResourceEventKind;
    version: number;
    /** The registry status the change sends; null for a deletion. */
    status: string | null;
    actorId?: string | null;
    upstreamChangeId: string;
  },
): Promise<void> {
  await tx.consentResourceEvent.create({ data: { ...event, actorId: event.actorId ?? null } });
}
