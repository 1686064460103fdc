import "server-only";
import { db } from "@/lib/platform/db/prisma";

// An audit event stores an English `summary` (kept for the CSV export). The log page says what happened in the
// reader's language instead: a translated sentence per action, followed by the name of what it happened to, read
// here from the target's current row. A target that is gone (a deleted client) just has no name.

export type TAuditTarget = { targetType: string; targetId: string | null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type TLoader = (ids: string[]) => Promise<Array<{ id: string; label: string | null }>>;

const consentResourceLabels: TLoader = async (ids) =>
  (await db().consentResource.findMany({ where: { id: { in: ids } }, select: { id: true, identifier: true } })).map(
    (row) => ({ id: row.id, label: row.identifier }),
  );

const LOADERS: Record<string, TLoader> = {
  "access-list": async (ids) =>
    (await db().accessList.findMany({ where: { id: { in: ids } }, select: { id: true, identifier: true } })).map(
      (row) => ({ id: row.id, label: row.identifier }),
    ),
  scope: async (ids) =>
    (
      await db().maskinportenScope.findMany({
        where: { id: { in: ids } },
        select: { id: true, prefix: true, subscope: true },
      })
    ).map((row) => ({ id: row.id, label: `${row.prefix}:${row.subscope}` })),
  "maskinporten-client": async (ids) =>
    (await db().maskinportenClient.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map(
      (row) => ({ id: row.id, label: row.name }),
    ),
  "consent-resource": consentResourceLabels,
  // Documentation events name their resource under an older spelling.
  consentResource: consentResourceLabels,
  "access-request": async (ids) =>
    (
      await db().accessRequest.findMany({
        where: { id: { in: ids } },
        select: { id: true, resource: { select: { identifier: true } } },
      })
    ).map((row) => ({ id: row.id, label: row.resource.identifier })),
  "integration-test": async (ids) =>
    (
      await db().integrationTest.findMany({
        where: { id: { in: ids } },
        select: { id: true, resourceIdentifier: true },
      })
    ).map((row) => ({ id: row.id, label: row.resourceIdentifier })),
  organisation: async (ids) =>
    (await db().organisation.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((row) => ({
      id: row.id,
      label: row.name,
    })),
  membership: async (ids) =>
    (
      await db().membership.findMany({
        where: { id: { in: ids } },
        select: { id: true, user: { select: { name: true } } },
      })
    ).map((row) => ({ id: row.id, label: row.user.name })),
};

export function targetKey(target: TAuditTarget): string {
  return `${target.targetType}:${target.targetId ?? ""}`;
}

/** The current name of each event's target (identifier, scope name, client name, ...), keyed by `targetKey`. */
export async function auditTargetLabels(targets: TAuditTarget[]): Promise<Map<string, string>> {
  const idsByType = new Map<string, Set<string>>();
  const labels = new Map<string, string>();
  for (const { targetType, targetId } of targets) {
    // Publishing names its resource by identifier (publishing-actions.ts), not by row id: that is the name already.
    if (targetId && targetType === "consent-resource" && !UUID.test(targetId)) {
      labels.set(targetKey({ targetType, targetId }), targetId);
      continue;
    }
    if (!targetId || !UUID.test(targetId) || !LOADERS[targetType]) continue;
    idsByType.set(targetType, (idsByType.get(targetType) ?? new Set()).add(targetId));
  }
  await Promise.all(
    [...idsByType].map(async ([targetType, ids]) => {
      const load = LOADERS[targetType];
      for (const row of load ? await load([...ids]) : []) {
        if (row.label) labels.set(targetKey({ targetType, targetId: row.id }), row.label);
      }
    }),
  );
  return labels;
}
