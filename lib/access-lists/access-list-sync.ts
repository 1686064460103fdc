import "server-only";
import type { TDb, TTx } from "@/lib/platform/db/prisma";
import { accessListChangeTarget } from "./access-list-target";
import type { TEnvironment } from "@/lib/platform/environment";

// A list's sync with the registry, read from its UpstreamChanges. Member batches are counted since the oldest
// change that is not yet synced, so "3 of 100 batches done" covers the import in progress, not all history.

export type TFailedChange = { changeId: string; kind: string; lastError: string | null; batchSize: number };

export type TAccessListSync = {
  pending: number;
  done: number;
  failed: TFailedChange[];
  /** The latest change of any kind, for the list's overall state. */
  latest: { changeId: string; kind: string; status: "PENDING" | "SYNCED" | "FAILED"; lastError: string | null } | null;
  /** Why the oldest pending change is being retried, if it is. */
  retrying: { attempts: number; reason: string } | null;
};

export async function accessListSync(options: {
  db: TDb | TTx;
  organisationId: string;
  list: { environment: TEnvironment; identifier: string; createdAt?: Date };
}): Promise<TAccessListSync> {
  const target = accessListChangeTarget(options.list.environment, options.list.identifier);
  const where = { organisationId: options.organisationId, ...target };
  const open = await options.db.upstreamChange.findFirst({
    where: { ...where, status: { in: ["PENDING", "FAILED"] } },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
  const changes = await options.db.upstreamChange.findMany({
    where: { ...where, createdAt: { gte: open?.createdAt ?? new Date() } },
    orderBy: { createdAt: "asc" },
    select: { id: true, kind: true, status: true, lastError: true, attempts: true, payload: true },
  });
  const latestRow = await options.db.upstreamChange.findFirst({
    where,
    orderBy: { createdAt: "desc" },
    select: { id: true, kind: true, status: true, lastError: true },
  });
  const pendingRows = changes.filter((change) => change.status === "PENDING");
  return {
    pending: pendingRows.length,
    done: changes.filter((change) => change.status === "SYNCED").length,
    failed: changes
      .filter((change) => change.status === "FAILED")
      .map((change) => ({
        changeId: change.id,
        kind: change.kind,
        lastError: change.lastError,
        batchSize: ((change.payload as { orgNumbers?: unknown[] }).orgNumbers ?? []).length,
      })),
    latest: latestRow && {
      changeId: latestRow.id,
      kind: latestRow.kind,
      status: latestRow.status,
      lastError: latestRow.lastError,
    },
    retrying: retryingOf(pendingRows),
  };
}

function retryingOf(rows: { lastError: string | null; attempts: number }[]) {
  const row = rows.find((change) => change.lastError);
  return row ? { attempts: row.attempts, reason: row.lastError! } : null;
}

/** The organisation's lists in one environment, with member counts (the kept counter, never a count of rows). */
export async function listAccessLists(options: { db: TDb | TTx; organisationId: string; environment: TEnvironment }) {
  const lists = await options.db.accessList.findMany({
    where: { organisationId: options.organisationId, environment: options.environment },
    orderBy: { identifier: "asc" },
    select: {
      id: true,
      identifier: true,
      name: true,
      description: true,
      environment: true,
      memberCount: true,
    },
  });
  // `_count.members` is the shape the list table reads (components/access-lists/access-list-table.tsx).
  return lists.map((list) => ({ ...list, _count: { members: list.memberCount } }));
}
