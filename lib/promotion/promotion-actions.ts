"use server";

import { orgAction } from "@/lib/platform/actions/safe-action";
import { requireProductionRole } from "@/lib/platform/auth/production-rule";
import { auditedAs } from "@/lib/platform/db/audited-as";
import type { TTx } from "@/lib/platform/db/prisma";
import type { TPromotedAudit } from "./promote-object";
import { promoteToProduction } from "./promote-to-production";
import { ZPromoteToProduction } from "./schemas";

// Promotion changes production only: administrators, with a recent login (the one production rule,
// lib/platform/auth/production-rule.ts). Audited twice over: one event per promoted object, under the name of the
// operation it used (`scope.copy-to-prod`, `consent-resource.publish`, ...), and the promotion's own event, all with
// the request's correlation id and in its transaction (the action helper writes the promotion's own).

/** The promoted objects' events, written beside the action's own in the same transaction. */
async function auditPromotedObjects(
  tx: TTx,
  request: { actorId: string; organisationId: string; correlationId: string },
  promoted: { audit: TPromotedAudit }[],
) {
  await tx.auditEvent.createMany({ data: promoted.map(({ audit }) => ({ ...audit, ...request })) });
}

export const promoteToProductionAction = orgAction({
  name: "environments.promote",
  schema: ZPromoteToProduction,
  minimumRole: "EDITOR",
  revalidate: (input) => [`/orgs/${input.orgNumber}/sync/environments`],
  run: async ({ input, tx, organisation, role, user, correlationId }) => {
    requireProductionRole({ role, environment: "PROD" });
    const promoted = await promoteToProduction({ tx, organisation, objects: input.objects, actorId: user.id });
    await auditPromotedObjects(tx, { actorId: user.id, organisationId: organisation.id, correlationId }, promoted);
    const keys = promoted.map((p) => p.key);
    const summary = `Promoted ${keys.length} objects from test to production: ${keys.join(", ")}`;
    return auditedAs("organisation")({ promoted: keys }, organisation.id, summary);
  },
});
