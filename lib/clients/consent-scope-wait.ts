import "server-only";
import { CONSENT_SCOPE_TARGET_TYPE } from "@/lib/consent-scopes/consent-scope-target";
import { lockOrganisation } from "@/lib/organisations/lock-organisation";
import type { TTx } from "@/lib/platform/db/prisma";
import type { TEnvironment } from "@/lib/platform/environment";
import { enqueueClientChange } from "./enqueue-client-change";
import { CONSENT_API_SCOPES } from "./schemas";

// A client that carries a consent API scope Digdir is still granting cannot be created in Maskinporten yet (it refuses
// a scope the organisation has no access to). Such a client waits: its row is kept with `waitsForConsentScopes`, and
// its creation is queued when the grant's changes have all synced (waiting-client-listener.ts). Both sides lock the
// organisation first, so a client recorded while the last grant settles is either seen by the listener or sees the
// grant as done itself; it never waits for a grant that already arrived.

const CONSENT_SCOPES: readonly string[] = CONSENT_API_SCOPES;

/** Whether every change of the request's grant has synced: Maskinporten has the scopes for the organisation. */
async function grantArrived(tx: TTx, requestId: string): Promise<boolean> {
  const changes = await tx.upstreamChange.findMany({
    where: { targetType: CONSENT_SCOPE_TARGET_TYPE, targetId: requestId },
    select: { status: true },
  });
  return changes.length > 0 && changes.every((change) => change.status === "SYNCED");
}

/**
 * Whether a new client with these scopes must wait for Digdir's grant: it carries a consent API scope and the
 * organisation's latest request for them is pending, or granted but not yet (or not successfully) in Maskinporten.
 * Without a request, or after a refusal, nothing waits (the form offers those scopes only once asked for) and
 * Maskinporten decides, as for any scope.
 */
export async function mustWaitForConsentScopes(options: {
  tx: TTx;
  organisationId: string;
  environment: TEnvironment;
  scopes: readonly string[];
}): Promise<boolean> {
  const { tx, organisationId, environment } = options;
  if (!options.scopes.some((scope) => CONSENT_SCOPES.includes(scope))) return false;
  await lockOrganisation(tx, organisationId);
  const request = await tx.consentScopeRequest.findFirst({
    where: { organisationId, environment },
    orderBy: { createdAt: "desc" },
    select: { id: true, status: true },
  });
  if (!request || request.status === "REFUSED") return false;
  return request.status === "PENDING" || !(await grantArrived(tx, request.id));
}

/**
 * The clients waiting in the request's organisation and environment, once the request's grant has arrived: each
 * leaves the wait and gets the create it was waiting for, queued in the caller's transaction. Answers their row ids.
 */
export async function releaseWaitingClients(tx: TTx, requestId: string): Promise<string[]> {
  const request = await tx.consentScopeRequest.findUnique({
    where: { id: requestId },
    select: { status: true, environment: true, organisation: { select: { id: true, orgNumber: true } } },
  });
  if (!request || request.status !== "GRANTED") return [];
  const { organisation, environment } = request;
  await lockOrganisation(tx, organisation.id);
  if (!(await grantArrived(tx, requestId))) return [];
  const waiting = await tx.maskinportenClient.findMany({
    where: {
      organisationId: organisation.id,
      environment,
      waitsForConsentScopes: true,
      deletedAt: null,
    },
    orderBy: { createdAt: "asc" },
    select: { id: true, environment: true },
  });
  const released: string[] = [];
  for (const client of waiting) {
    // Conditional, so a listener told twice (a change can settle more than once) queues one create.
    const { count } = await tx.maskinportenClient.updateMany({
      where: { id: client.id, waitsForConsentScopes: true },
      data: { waitsForConsentScopes: false },
    });
    if (count !== 1) continue;
    await enqueueClientChange({ tx, organisation, client, kind: "maskinporten.client.create" });
    released.push(client.id);
  }
  return released;
}
