import "server-only";
import type { Prisma } from "@/lib/platform/db/create-prisma-client";
import type { TTx } from "@/lib/platform/db/prisma";
import { toUpstreamEnv, type TEnvironment } from "@/lib/platform/environment";
import type { TDriftResult } from "./drift-fields";

export const DRIFT_NOTIFICATION_KIND = "drift.detected";

const keyOf = (finding: { objectType: string; objectId: string }) => `${finding.objectType} ${finding.objectId}`;

/**
 * Keeps the findings in line with one check's results, in one transaction: a difference without an unresolved finding
 * becomes one (new drift), an unresolved finding still differing is brought up to date (a push that did not change
 * upstream is no longer "on its way"), and an unresolved finding whose object now agrees is resolved (`agreed`, or
 * the resolution it was waiting for). Objects the check skipped (a change still queued, upstream not readable) are
 * not in `results` and keep their findings as they are. New drift raises one notification naming the objects.
 */
export async function recordDriftFindings(options: {
  tx: TTx;
  organisation: { id: string; orgNumber: string };
  environment: TEnvironment;
  results: TDriftResult[];
  now?: Date;
}): Promise<{ created: number; resolved: number }> {
  const { tx, organisation, environment } = options;
  const now = options.now ?? new Date();
  // One check at a time per organisation and environment (the schedule's job and a "Check now" may overlap): the
  // second waits here and then sees the first one's findings, so an object never gets two open findings.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`drift ${organisation.id} ${environment}`}))`;
  const open = await tx.driftFinding.findMany({
    where: { organisationId: organisation.id, environment, resolvedAt: null },
    select: { id: true, objectType: true, objectId: true, resolution: true },
  });
  const openByKey = new Map(open.map((finding) => [keyOf(finding), finding]));
  const created: TDriftResult[] = [];
  let resolved = 0;
  for (const result of options.results) {
    const existing = openByKey.get(keyOf(result));
    const differs = result.deletedUpstream || Object.keys(result.fields).length > 0;
    const data = {
      label: result.label,
      fields: result.fields as Prisma.InputJsonValue,
      deletedUpstream: result.deletedUpstream,
      lastSeenAt: now,
    };
    if (differs && existing) {
      await tx.driftFinding.update({ where: { id: existing.id }, data: { ...data, resolution: null } });
    } else if (differs) {
      await tx.driftFinding.create({
        data: {
          ...data,
          organisationId: organisation.id,
          environment,
          objectType: result.objectType,
          objectId: result.objectId,
          detectedAt: now,
        },
      });
      created.push(result);
    } else if (existing) {
      await tx.driftFinding.update({
        where: { id: existing.id },
        data: { resolvedAt: now, resolution: existing.resolution ?? "agreed" },
      });
      resolved++;
    }
  }
  if (created.length > 0) {
    const env = toUpstreamEnv(environment);
    await tx.notification.create({
      data: {
        organisationId: organisation.id,
        kind: DRIFT_NOTIFICATION_KIND,
        params: {
          environment: env,
          count: String(created.length),
          objects: created.map((result) => result.label).join(", "),
        },
        link: `/orgs/${organisation.orgNumber}/sync/drift?environment=${env}`,
      },
    });
  }
  return { created: created.length, resolved };
}
