import "server-only";
import type { Prisma } from "@/lib/platform/db/create-prisma-client";
import { db } from "@/lib/platform/db/prisma";
import { fromUpstreamEnv } from "@/lib/platform/environment";
import type { TConsentFilters } from "./schemas";
import { trackKitRequests } from "./track-kit-requests";

export const trackedConsentSelect = {
  id: true,
  environment: true,
  requestId: true,
  source: true,
  resourceIdentifier: true,
  validTo: true,
  status: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.TrackedConsentSelect;
export type TTrackedConsent = Prisma.TrackedConsentGetPayload<{ select: typeof trackedConsentSelect }>;

export type TResourceCount = { resource: string | null; total: number; byStatus: Record<string, number> };

/**
 * The organisation's tracked consents (kit requests are tracked first), filtered, newest first, with counts per
 * resource and status over all of them (the counts ignore the filters, so they show where each filter leads).
 */
export async function listTrackedConsents(options: { organisationId: string; filters: TConsentFilters }) {
  const { organisationId, filters } = options;
  await trackKitRequests(db(), organisationId);
  const where = {
    organisationId,
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.resource ? { resourceIdentifier: filters.resource } : {}),
    ...(filters.environment ? { environment: fromUpstreamEnv(filters.environment) } : {}),
  } satisfies Prisma.TrackedConsentWhereInput;
  const [consents, groups, cursors] = await Promise.all([
    db().trackedConsent.findMany({ where, orderBy: { createdAt: "desc" }, take: 200, select: trackedConsentSelect }),
    db().trackedConsent.groupBy({
      by: ["resourceIdentifier", "status"],
      where: { organisationId },
      _count: { _all: true },
    }),
    db().consentFeedCursor.findMany({
      where: { organisationId },
      select: { environment: true, lastReadAt: true, lastError: true },
    }),
  ]);
  const counts = new Map<string | null, TResourceCount>();
  for (const group of groups) {
    const entry = counts.get(group.resourceIdentifier) ?? {
      resource: group.resourceIdentifier,
      total: 0,
      byStatus: {},
    };
    entry.total += group._count._all;
    entry.byStatus[group.status] = (entry.byStatus[group.status] ?? 0) + group._count._all;
    counts.set(group.resourceIdentifier, entry);
  }
  const resourceCounts = [...counts.values()].sort((a, b) => (a.resource ?? "").localeCompare(b.resource ?? ""));
  return { consents, resourceCounts, cursors };
}
