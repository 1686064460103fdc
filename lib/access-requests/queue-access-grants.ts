import "server-only";
import { addAccessListMembers, removeAccessListMembers } from "@/lib/access-lists/add-access-list-members";
import { findAccessListForResource } from "@/lib/access-lists/find-access-list";
import type { TTx } from "@/lib/platform/db/prisma";
import { notFound } from "@/lib/platform/errors/app-error";
import { enqueueUpstreamChange } from "@/lib/upstream-jobs/enqueue-upstream-change";
import { publishedTermsOf } from "./published-terms";
import type { TEnvironment } from "@/lib/platform/environment";

export const SCOPE_ACCESS = "scope-access";
export const ACCESS_LIST_MEMBERSHIP = "access-list-membership";

type TRequestForGrants = {
  id: string;
  resourceId: string;
  environment: TEnvironment;
  owner: { id: string; orgNumber: string };
  consumerOrgNumber: string;
};

/** A request as its grants and revocations need it, with the resource's identifier the audit summary names. */
export async function loadRequestForGrants(
  tx: TTx,
  requestId: string,
): Promise<TRequestForGrants & { resourceIdentifier: string }> {
  const request = await tx.accessRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: {
      resourceId: true,
      environment: true,
      resource: { select: { identifier: true } },
      ownerOrganisation: { select: { id: true, orgNumber: true } },
      consumerOrganisation: { select: { orgNumber: true } },
    },
  });
  const { resourceId, environment, resource, ownerOrganisation, consumerOrganisation } = request;
  const consumerOrgNumber = consumerOrganisation.orgNumber;
  return {
    id: requestId,
    resourceId,
    environment,
    owner: ownerOrganisation,
    consumerOrgNumber,
    resourceIdentifier: resource.identifier,
  };
}

type TOperation = "grant" | "revoke";

/** The rows of what a request granted or revoked: each upstream change, and what it changes. */
function grantRows(
  request: TRequestForGrants,
  kind: string,
  target: string,
  operation: TOperation,
  changeIds: string[],
) {
  return changeIds.map((upstreamChangeId) => ({ requestId: request.id, upstreamChangeId, kind, target, operation }));
}

async function scopeAccessChange(tx: TTx, request: TRequestForGrants, scope: string, operation: TOperation) {
  const { changeId } = await enqueueUpstreamChange({
    tx,
    organisationId: request.owner.id,
    environment: request.environment,
    kind: operation === "grant" ? "maskinporten.scope-access.grant" : "maskinporten.scope-access.revoke",
    targetType: "scope-access",
    targetId: `${request.environment}:${scope}:${request.consumerOrgNumber}`,
    payload: { actingFor: request.owner.orgNumber, scope, consumerOrg: request.consumerOrgNumber },
  });
  return grantRows(request, SCOPE_ACCESS, scope, operation, [changeId]);
}

/**
 * The consumer's membership of the owner's access list, added or removed. No change when it is a member already
 * (or no longer one): nothing to wait for, and nothing to undo on revoke.
 */
async function listMembershipChanges(
  tx: TTx,
  request: TRequestForGrants,
  list: { id: string; identifier: string },
  operation: TOperation,
) {
  const change = operation === "grant" ? addAccessListMembers : removeAccessListMembers;
  const { changeIds } = await change({
    tx,
    organisationId: request.owner.id,
    accessListId: list.id,
    orgNumbers: [request.consumerOrgNumber],
  });
  return grantRows(request, ACCESS_LIST_MEMBERSHIP, list.identifier, operation, changeIds);
}

/**
 * What an approval gives: access to every scope the published version references, and membership of the
 * access list linked to the resource in that environment. Each is an upstream change recorded as a grant,
 * so the request can follow them until they are all synced.
 */
export async function queueAccessGrants(tx: TTx, request: TRequestForGrants): Promise<number> {
  const publication = await tx.consentResourcePublication.findFirst({
    where: { resourceId: request.resourceId, environment: request.environment, state: "PUBLISHED" },
    select: { version: { select: { content: true } } },
  });
  if (!publication) throw notFound("accessRequestResourceNotPublished");
  const grants = [];
  for (const scope of publishedTermsOf(publication.version.content).scopeReferences) {
    grants.push(...(await scopeAccessChange(tx, request, scope, "grant")));
  }
  const list = await findAccessListForResource({
    tx,
    resourceId: request.resourceId,
    environment: request.environment,
  });
  if (list) grants.push(...(await listMembershipChanges(tx, request, list, "grant")));
  await tx.accessRequestGrant.createMany({ data: grants });
  return grants.length;
}

/** Undoes exactly what the approval granted: its scope accesses, and the list membership it added. */
export async function queueAccessRevocations(tx: TTx, request: TRequestForGrants): Promise<void> {
  const granted = await tx.accessRequestGrant.findMany({
    where: { requestId: request.id, operation: "grant" },
    select: { kind: true, target: true },
  });
  const revocations = [];
  for (const scope of new Set(granted.filter((g) => g.kind === SCOPE_ACCESS).map((g) => g.target))) {
    revocations.push(...(await scopeAccessChange(tx, request, scope, "revoke")));
  }
  for (const identifier of new Set(granted.filter((g) => g.kind === ACCESS_LIST_MEMBERSHIP).map((g) => g.target))) {
    const list = await tx.accessList.findFirst({
      where: { organisationId: request.owner.id, environment: request.environment, identifier },
      select: { id: true, identifier: true },
    });
    if (!list) continue; // The list was deleted since: the membership went with it.
    revocations.push(...(await listMembershipChanges(tx, request, list, "revoke")));
  }
  await tx.accessRequestGrant.createMany({ data: revocations });
}
