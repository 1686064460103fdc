import "server-only";
import type { TTx } from "@/lib/db/prisma";
import { conflict, notFound } from "@/lib/errors/app-error";
import { sendUpstreamJob } from "./enqueue-upstream-change";

/**
 * Queues a failed upstream change again. Scoped by organisation in the query, so a change of another
 * organisation is simply not found; `organisationId: null` is for platform administrators.
 */
export async function retryUpstreamChange(options: {
  tx: TTx;
  changeId: string;
  organisationId: string | null;
}): Promise<{ kind: string; targetId: string }> {
  const { tx, changeId, organisationId } = options;
  const change = await tx.upstreamChange.findFirst({
    where: { id: changeId, ...(organisationId ? { organisationId } : {}) },
    select: { status: true, kind: true, targetId: true },
  });
  if (!change) throw notFound("upstreamChangeNotFound");
  if (change.status !== "FAILED") throw conflict("upstreamChangeNotFailed");
  await tx.upstreamChange.update({ where: { id: changeId }, data: { status: "PENDING", completedAt: null } });
  await sendUpstreamJob(tx, changeId);
  return { kind: change.kind, targetId: change.targetId };
}
