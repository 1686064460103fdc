import "server-only";
import type { Prisma } from "@/lib/platform/db/create-prisma-client";
import { db } from "@/lib/platform/db/prisma";

const failureSelect = {
  id: true,
  environment: true,
  kind: true,
  targetId: true,
  status: true,
  attempts: true,
  lastError: true,
  updatedAt: true,
  organisation: { select: { name: true, orgNumber: true } },
} as const satisfies Prisma.UpstreamChangeSelect;

export type TUpstreamFailure = Prisma.UpstreamChangeGetPayload<{ select: typeof failureSelect }>;

/** Changes that failed for good, or are still being retried after an error, newest first. */
export async function listRecentUpstreamFailures(options: { take?: number } = {}): Promise<TUpstreamFailure[]> {
  return db().upstreamChange.findMany({
    where: { OR: [{ status: "FAILED" }, { status: "PENDING", lastError: { not: null } }] },
    select: failureSelect,
    orderBy: { updatedAt: "desc" },
    take: options.take ?? 25,
  });
}
