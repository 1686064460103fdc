import "server-only";
import { CONSENT_SCOPE_TARGET_TYPE } from "@/lib/consent-scopes/consent-scope-target";
import type { TAfterUpstreamChange } from "@/lib/platform/jobs/after-upstream-change";
import { releaseWaitingClients } from "./consent-scope-wait";

/**
 * When a grant of the consent API scopes settles in Maskinporten, the organisation's clients that waited for it are
 * created (consent-scope-wait.ts): nobody has to come back and click. Listed in lib/upstream-jobs/upstream-job-registry.ts.
 */
export const waitingClientListener: TAfterUpstreamChange = async ({ db, change }) => {
  if (change.status !== "SYNCED" || change.kind !== "maskinporten.scope-access.grant") return;
  const row = await db.upstreamChange.findUnique({
    where: { id: change.id },
    select: { targetType: true, targetId: true },
  });
  if (row?.targetType !== CONSENT_SCOPE_TARGET_TYPE) return;
  await db.$transaction((tx) => releaseWaitingClients(tx, row.targetId));
};
