import "server-only";
import { decodeJwt, decodeProtectedHeader, type JWTPayload, type ProtectedHeaderParameters } from "jose";
import { inAuditedTransaction } from "@/lib/platform/db/audited-transaction";
import { db } from "@/lib/platform/db/prisma";
import { notFound } from "@/lib/platform/errors/app-error";
import { describeUpstreamFailure } from "@/lib/platform/jobs/describe-upstream-failure";
import { getConsentRequest, type TConsentRequest } from "@/lib/platform/upstream/consent-requests-client";
import { upstream } from "@/lib/platform/upstream/upstream-context";
import { isUpstreamError } from "@/lib/platform/upstream/upstream-error";
import type { TConsentRequestBody } from "./consent-request-rules";
import { sameConsentStatus } from "./consent-status";

// Step 3 of "Try it in test": ask Altinn whether the person has answered, and once they approved, fetch a consent
// token from Maskinporten with `authorization_details`, acting for the consumer (consumer_org) as Altinn documents
// for suppliers ("on behalf of others"). The token is shown once and never stored; its decoded claims are kept as
// the proof of a verified integration.

export const CONSENT_TOKEN_SCOPE = "altinn:consentrequests.read";

export type TConsentTokenOutcome =
  | { kind: "notCreated" }
  | { kind: "notApproved"; status: string; viewUri: string | null }
  | { kind: "refused"; reason: string }
  | { kind: "token"; token: string; header: ProtectedHeaderParameters; claims: JWTPayload; obtainedAt: string };

/** The upstream's reason when it refused (4xx, not worth repeating); null for anything else. */
function refusalOf(error: unknown): string | null {
  if (!isUpstreamError(error) || error.retryable || error.kind !== "http") return null;
  return describeUpstreamFailure(error).reason;
}

export async function fetchConsentToken(options: {
  organisation: { id: string; orgNumber: string };
  testId: string;
  userId: string;
  correlationId: string;
}): Promise<TConsentTokenOutcome> {
  const { organisation, testId } = options;
  const row = await db().integrationTest.findFirst({
    where: { id: testId, organisationId: organisation.id },
    select: { id: true, request: true, viewUri: true, resourceIdentifier: true },
  });
  if (!row) throw notFound("integrationTestNotFound");
  const acting = { environment: "test" as const, actingFor: organisation.orgNumber };
  const request = row.request as TConsentRequestBody;

  let upstreamRequest: TConsentRequest | null;
  try {
    upstreamRequest = await getConsentRequest(acting, row.id);
  } catch (error) {
    // A refusal (delegation missing, 403) is the user's to fix; a timeout or 5xx goes to the error policy.
    const reason = refusalOf(error);
    if (reason) return { kind: "refused", reason };
    throw error;
  }
  if (!upstreamRequest) return { kind: "notCreated" };
  const status = upstreamRequest.status ?? "unknown";
  await db().integrationTest.update({ where: { id: row.id }, data: { consentStatus: status } });
  if (!sameConsentStatus(status, "accepted"))
    return { kind: "notApproved", status, viewUri: upstreamRequest.viewUri ?? row.viewUri };

  let token: string;
  try {
    token = await upstream().maskinporten.getToken({
      environment: "test",
      scopes: [CONSENT_TOKEN_SCOPE],
      consumerOrg: organisation.orgNumber,
      authorizationDetails: [{ type: "urn:altinn:consent", id: row.id, from: request.from }],
    });
  } catch (error) {
    const reason = refusalOf(error);
    if (reason) return { kind: "refused", reason };
    throw error;
  }
  const claims = decodeJwt(token);
  const obtainedAt = new Date();
  const actor = {
    actorId: options.userId,
    organisationId: organisation.id,
    action: "integration-test.consent-token",
    correlationId: options.correlationId,
  };
  await inAuditedTransaction(db(), actor, async (tx) => {
    await tx.integrationTest.update({
      where: { id: row.id },
      data: { tokenObtainedAt: obtainedAt, tokenClaims: claims as object },
    });
    const summary = `Obtained a consent token in test for ${row.resourceIdentifier} (consent request ${row.id})`;
    return { data: null, audit: { targetType: "integration-test", targetId: row.id, summary } };
  });
  return { kind: "token", token, header: decodeProtectedHeader(token), claims, obtainedAt: obtainedAt.toISOString() };
}
