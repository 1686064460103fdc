import type { PrismaClient } from "@/lib/platform/db/create-prisma-client";
import type { TUpstreamChangeForHandler } from "@/lib/platform/jobs/define-upstream-job";
import { upstreamHandlers, type TUpstreamKind } from "@/lib/upstream-jobs/upstream-job-registry";

/**
 * Runs an organisation's queued changes (of one target, when given: other test files queue Skatteetaten's changes at
 * the same time) in queue order with their real handlers and marks them synced, as the worker would.
 */
export async function runPendingChanges(
  db: PrismaClient,
  organisationId: string,
  targetId?: string,
): Promise<string[]> {
  const changes = await db.upstreamChange.findMany({
    where: { organisationId, status: "PENDING", ...(targetId === undefined ? {} : { targetId }) },
    orderBy: { sequence: "asc" },
  });
  for (const change of changes) {
    await upstreamHandlers[change.kind as TUpstreamKind]!(change as TUpstreamChangeForHandler);
    await db.upstreamChange.update({ where: { id: change.id }, data: { status: "SYNCED", completedAt: new Date() } });
  }
  return changes.map((change) => change.kind);
}
