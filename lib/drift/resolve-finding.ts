import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { requireProductionRole } from "@/lib/platform/auth/production-rule";
import type { Role } from "@/lib/platform/db/create-prisma-client";
import type { TDriftOrganisation } from "./check-context";
import { lockOpenFinding } from "./open-finding";
import { pushPortal } from "./push-portal";
import { takeUpstreamAccessList } from "./take-upstream-access-list";
import { takeUpstreamClient } from "./take-upstream-client";
import { takeUpstreamResource } from "./take-upstream-resource";
import { takeUpstreamScope } from "./take-upstream-scope";

export type TResolution = "take-upstream" | "push-portal";

type TResolve = { tx: TTx; organisation: TDriftOrganisation; role: Role; userId: string; findingId: string };

/**
 * Resolves one finding, in the action's audited transaction, under the production rule for its environment. "Take
 * upstream" writes upstream's version into the portal and sends nothing (the finding is resolved now); "push" queues
 * the portal's version (the finding is "on its way" until a check agrees).
 */
export async function resolveFinding(options: TResolve & { resolution: TResolution }) {
  const { tx, organisation, userId } = options;
  const finding = await lockOpenFinding(tx, organisation.id, options.findingId);
  requireProductionRole({ role: options.role, environment: finding.environment });
  if (options.resolution === "push-portal") {
    await pushPortal({ tx, organisation, finding });
    await tx.driftFinding.update({
      where: { id: finding.id },
      data: { resolution: "push-portal", resolvedById: userId },
    });
  } else {
    await takeUpstream(options, finding);
    await tx.driftFinding.update({
      where: { id: finding.id },
      data: { resolution: "take-upstream", resolvedById: userId, resolvedAt: new Date() },
    });
  }
  return finding;
}

async function takeUpstream(options: TResolve, finding: Awaited<ReturnType<typeof lockOpenFinding>>) {
  const { tx, organisation } = options;
  switch (finding.objectType) {
    case "scope":
      return takeUpstreamScope({ tx, orgNumber: organisation.orgNumber, scopeId: finding.objectId });
    case "consent-resource":
      return takeUpstreamResource({
        tx,
        organisation,
        userId: options.userId,
        resourceId: finding.objectId,
        environment: finding.environment,
      });
    case "access-list":
      return takeUpstreamAccessList({ tx, organisation, accessListId: finding.objectId });
    default:
      return takeUpstreamClient({ tx, orgNumber: organisation.orgNumber, clientRowId: finding.objectId });
  }
}
