import "server-only";
import type { TDb } from "@/lib/platform/db/prisma";
import { toUpstreamEnv, type TEnvironment } from "@/lib/platform/environment";
import type { ActingFor } from "@/lib/platform/upstream/authorized-http-clients";

// What each object type's check is given: the organisation, the environment, and which objects have a change still
// queued for upstream (those are not drift but "on their way", so the checks skip them).

export type TDriftOrganisation = { id: string; orgNumber: string; orgCode: string | null; name: string };

export type TCheckContext = {
  db: TDb;
  organisation: TDriftOrganisation;
  environment: TEnvironment;
  acting: ActingFor;
  /** Whether an UpstreamChange for this target (targetType + targetId) is still PENDING in this environment. */
  isPending: (targetType: string, targetId: string) => boolean;
};

export async function checkContext(
  db: TDb,
  organisation: TDriftOrganisation,
  environment: TEnvironment,
): Promise<TCheckContext> {
  const pending = await db.upstreamChange.findMany({
    where: { organisationId: organisation.id, environment, status: "PENDING" },
    distinct: ["targetType", "targetId"],
    select: { targetType: true, targetId: true },
  });
  const keys = new Set(pending.map((change) => `${change.targetType} ${change.targetId}`));
  return {
    db,
    organisation,
    environment,
    acting: { environment: toUpstreamEnv(environment), actingFor: organisation.orgNumber },
    isPending: (targetType, targetId) => keys.has(`${targetType} ${targetId}`),
  };
}
