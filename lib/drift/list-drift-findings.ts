import "server-only";
import { db as portalDb, type TDb } from "@/lib/platform/db/prisma";
import type { TEnvironment } from "@/lib/platform/environment";
import type { TDriftFields } from "./drift-fields";

/** How many resolved findings the page shows under the open ones. */
const RESOLVED_SHOWN = 20;

const findingSelect = {
  id: true,
  objectType: true,
  objectId: true,
  label: true,
  fields: true,
  deletedUpstream: true,
  detectedAt: true,
  lastSeenAt: true,
  resolvedAt: true,
  resolution: true,
} as const;

export type TDriftFinding = {
  id: string;
  objectType: string;
  objectId: string;
  label: string;
  fields: TDriftFields;
  deletedUpstream: boolean;
  detectedAt: Date;
  lastSeenAt: Date;
  resolvedAt: Date | null;
  resolution: string | null;
};

/**
 * The drift page's data for one environment, from the database only (the worker's checks wrote it): the open findings,
 * the latest resolved ones, and the check's state. `checking` while a "Check now" has not finished, so the page polls.
 */
export async function listDriftFindings(options: { db?: TDb; organisationId: string; environment: TEnvironment }) {
  const db = options.db ?? portalDb();
  const where = { organisationId: options.organisationId, environment: options.environment };
  const [open, resolved, check] = await Promise.all([
    db.driftFinding.findMany({
      where: { ...where, resolvedAt: null },
      orderBy: [{ objectType: "asc" }, { label: "asc" }],
      select: findingSelect,
    }),
    db.driftFinding.findMany({
      where: { ...where, resolvedAt: { not: null } },
      orderBy: { resolvedAt: "desc" },
      take: RESOLVED_SHOWN,
      select: findingSelect,
    }),
    db.driftCheck.findUnique({
      where: { organisationId_environment: where },
      select: { requestedAt: true, finishedAt: true, lastError: true },
    }),
  ]);
  const checking = Boolean(check?.requestedAt && (!check.finishedAt || check.finishedAt < check.requestedAt));
  return {
    open: open as TDriftFinding[],
    resolved: resolved as TDriftFinding[],
    lastCheckedAt: check?.finishedAt ?? null,
    lastError: check?.lastError ?? null,
    checking,
  };
}

/** Whether "Take upstream" can apply: a scope Maskinporten no longer has cannot be removed from the portal. */
export const canTakeUpstream = (finding: Pick<TDriftFinding, "objectType" | "deletedUpstream">) =>
  !(finding.deletedUpstream && finding.objectType === "scope");
