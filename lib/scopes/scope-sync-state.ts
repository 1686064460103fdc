import "server-only";
import type { Prisma } from "@/lib/db/create-prisma-client";
import type { TDb, TTx } from "@/lib/db/prisma";
import { SCOPE_TARGET_TYPE } from "./scope-target";

// Whether Maskinporten has what the portal asked for, read from each scope's latest upstream change.

const changeSelect = {
  id: true,
  targetId: true,
  kind: true,
  status: true,
  attempts: true,
  lastError: true,
  createdAt: true,
} as const satisfies Prisma.UpstreamChangeSelect;

export type TScopeSyncState = {
  changeId: string;
  kind: string;
  status: "PENDING" | "SYNCED" | "FAILED";
  /** Why the last attempt failed; also set while a failing change is still being retried. */
  lastError: string | null;
  attempts: number;
};

/** The latest change per target id (`{environment}:{name}`), scoped by organisation in the query. */
export async function latestScopeChanges(options: {
  db: TDb | TTx;
  organisationId: string;
  targetIds: string[];
}): Promise<Map<string, TScopeSyncState>> {
  if (options.targetIds.length === 0) return new Map();
  const changes = await options.db.upstreamChange.findMany({
    where: { organisationId: options.organisationId, targetType: SCOPE_TARGET_TYPE, targetId: { in: options.targetIds } },
    orderBy: { createdAt: "desc" },
    distinct: ["targetId"],
    select: changeSelect,
  });
  return new Map(
    changes.map((change) => [
      change.targetId,
      { changeId: change.id, kind: change.kind, status: change.status, lastError: change.lastError, attempts: change.attempts },
    ]),
  );
}
