import "server-only";
import { CONSENT_API_SCOPES } from "@/lib/clients/schemas";
import { env } from "@/lib/platform/config/env";
import type { TTx } from "@/lib/platform/db/prisma";
import { conflict, notFound } from "@/lib/platform/errors/app-error";
import { enqueueUpstreamChange } from "@/lib/upstream-jobs/enqueue-upstream-change";
import { CONSENT_SCOPE_TARGET_TYPE } from "./consent-scope-target";

/**
 * A platform administrator grants or refuses a pending request. Granting queues one scope access grant per consent
 * API scope, made by the portal's operator as the scopes' owner (Digdir owns the `altinn:` prefix): the token's
 * consumer_org is the operator's own organisation, which Maskinporten treats as acting for itself, so no
 * delegation is needed. The request shows as granted only once both grants are synced.
 */
export async function decideConsentScopeRequest(options: {
  tx: TTx;
  requestId: string;
  decision: "grant" | "refuse";
  reason: string;
  deciderId: string;
}) {
  const { tx, requestId, decision } = options;
  const request = await tx.consentScopeRequest.findUnique({
    where: { id: requestId },
    select: {
      id: true,
      environment: true,
      status: true,
      organisation: { select: { id: true, orgNumber: true, name: true } },
    },
  });
  if (!request) throw notFound("consentScopeRequestNotFound");
  // Conditional on PENDING, so two administrators deciding at once cannot both win.
  const { count } = await tx.consentScopeRequest.updateMany({
    where: { id: requestId, status: "PENDING" },
    data: {
      status: decision === "grant" ? "GRANTED" : "REFUSED",
      decidedById: options.deciderId,
      decidedAt: new Date(),
      reason: decision === "refuse" ? options.reason : null,
    },
  });
  if (count !== 1) throw conflict("consentScopeRequestDecided");
  if (decision === "grant") {
    for (const scope of CONSENT_API_SCOPES) {
      await enqueueUpstreamChange({
        tx,
        organisationId: request.organisation.id,
        environment: request.environment,
        kind: "maskinporten.scope-access.grant",
        targetType: CONSENT_SCOPE_TARGET_TYPE,
        targetId: request.id,
        payload: { actingFor: env().OPERATOR_ORG_NUMBER, scope, consumerOrg: request.organisation.orgNumber },
      });
    }
  }
  return request;
}
