import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import type { TEnvironment } from "@/lib/platform/environment";
import { type TUpstreamChangeForHandler, type TUpstreamHandlers, WHOLE_TARGET } from "./define-upstream-job";
import { newestOverlapping } from "./newest-overlapping";

// What apply-in-order.ts reads under a target's lock: the change about to run (its status again, as another worker
// may have settled it) and the newer changes to the same target, to drop the objects they set. A 10,000-member import
// is 100 changes to one list run one after the other; each read and parsed all the batches queued after it (up to 99
// payloads of 100 numbers), so an import's checks read ~5,000 payloads. The worker now keeps what it has read of a
// target while it runs that target's jobs of one fetch (run-upstream-batch.ts): the first check reads the newer changes
// in full, each later one only its own row and the changes queued since. That relies on `sequence` growing with the
// commits to one target, which the domain's row locks ensure (schema.prisma, UpstreamChange.sequence).

export const changeSelect = {
  id: true,
  kind: true,
  status: true,
  sequence: true,
  environment: true,
  organisationId: true,
  targetType: true,
  targetId: true,
  payload: true,
} as const;

export type TLockTarget = {
  organisationId: string | null;
  environment: TEnvironment;
  targetType: string;
  targetId: string;
};

export type TStoredChange = TUpstreamChangeForHandler & { status: string; sequence: bigint };

type TKnownChange = { id: string; sequence: bigint; keys: readonly string[] };

/** The changes to one target seen so far, newest first, each with its object keys worked out once. */
export type TChangesToTarget = {
  /** Reads the change under the lock, and the newer changes not seen yet; null when the change is gone. */
  read: (tx: TTx, changeId: string) => Promise<TStoredChange | null>;
  /** The newer change that set each of this change's objects, if any. */
  supersedersOf: (change: TStoredChange) => Map<string, string | null>;
};

const keysOf = (handlers: TUpstreamHandlers, change: TUpstreamChangeForHandler): readonly string[] =>
  handlers[change.kind]?.objectKeys?.(change) ?? [WHOLE_TARGET];

export function changesToTarget(target: TLockTarget, handlers: TUpstreamHandlers): TChangesToTarget {
  const where = {
    organisationId: target.organisationId,
    environment: target.environment,
    targetType: target.targetType,
    targetId: target.targetId,
  };
  let known: TKnownChange[] = [];
  let newest: bigint | null = null;
  const learn = (rows: readonly TStoredChange[]) => {
    const fresh = rows.filter((row) => newest === null || row.sequence > newest);
    known = [...fresh.map((row) => ({ id: row.id, sequence: row.sequence, keys: keysOf(handlers, row) })), ...known];
    known.sort((a, b) => (a.sequence > b.sequence ? -1 : a.sequence < b.sequence ? 1 : 0));
    if (known[0] && (newest === null || known[0].sequence > newest)) newest = known[0].sequence;
  };

  return {
    read: async (tx, changeId) => {
      if (newest === null) {
        const change = await tx.upstreamChange.findUnique({ where: { id: changeId }, select: changeSelect });
        if (!change) return null;
        const newer = await tx.upstreamChange.findMany({
          where: { ...where, sequence: { gt: change.sequence } },
          select: changeSelect,
        });
        learn([change, ...newer]);
        return change;
      }
      const rows = await tx.upstreamChange.findMany({
        where: { OR: [{ id: changeId }, { ...where, sequence: { gt: newest } }] },
        select: changeSelect,
      });
      learn(rows);
      return rows.find((row) => row.id === changeId) ?? null;
    },
    supersedersOf: (change) => {
      const newer = known.filter((other) => other.sequence > change.sequence);
      return newestOverlapping(keysOf(handlers, change), newer);
    },
  };
}
