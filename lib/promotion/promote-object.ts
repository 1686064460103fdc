import "server-only";
import { copyAccessListToProd } from "@/lib/access-lists/copy-access-list-to-prod";
import { addAccessListMembers, removeAccessListMembers } from "@/lib/access-lists/add-access-list-members";
import { updateAccessList } from "@/lib/access-lists/manage-access-list";
import { linkAccessListToResource } from "@/lib/access-lists/resource-links";
import type { TOrganisationSummary } from "@/lib/platform/auth/require-membership";
import type { TTx } from "@/lib/platform/db/prisma";
import { notFound } from "@/lib/platform/errors/app-error";
import { publishConsentResource } from "@/lib/publishing/publish-consent-resource";
import { copyScopeToProd } from "@/lib/scopes/copy-scope-to-prod";
import { ZScopeFields } from "@/lib/scopes/schemas";
import { updateScope } from "@/lib/scopes/update-scope";
import type { TAccessListComparison, TConnectionComparison } from "./compare-access-lists";
import type { TResourceComparison } from "./compare-resources";
import type { TScopeComparison } from "./compare-scopes";
import { allMemberDifferences } from "./list-member-differences";

// Each kind of object promoted through the portal's own operations, so production gets exactly what a person doing it
// by hand would queue: the same rows, the same upstream changes, in the caller's transaction.

/** What the promotion's audit event for one object says. */
export type TPromotedAudit = { action: string; targetType: string; targetId: string; summary: string };

type TContext = { tx: TTx; organisation: TOrganisationSummary; actorId?: string | null };

export async function promoteScope({ tx, organisation }: TContext, scope: TScopeComparison): Promise<TPromotedAudit> {
  const test = scope.test!;
  if (!scope.prod) {
    const { scope: created } = await copyScopeToProd({ tx, organisation, scopeId: test.id });
    const summary = `Promoted ${created.name} from test to production (created)`;
    return { action: "scope.copy-to-prod", targetType: "scope", targetId: created.id, summary };
  }
  const fields = ZScopeFields.parse({ ...test, longDescription: test.longDescription ?? "" });
  const { scope: updated } = await updateScope({
    tx,
    organisation,
    scopeId: scope.prod.id,
    version: scope.prod.version,
    fields,
  });
  const summary = `Promoted ${updated.name} from test to production (${scope.differences.map((d) => d.field).join(", ")})`;
  return { action: "scope.update", targetType: "scope", targetId: updated.id, summary };
}

export async function promoteAccessList(
  { tx, organisation }: TContext,
  list: TAccessListComparison,
): Promise<TPromotedAudit> {
  const test = list.test!;
  if (!list.prod) {
    const { list: created, memberCount } = await copyAccessListToProd({ tx, organisation, accessListId: test.id });
    const summary = `Promoted access list ${created.identifier} from test to production with ${memberCount} members`;
    return { action: "access-list.copy-to-prod", targetType: "access-list", targetId: created.id, summary };
  }
  const prodId = list.prod.id;
  if (list.differences.length > 0)
    await updateAccessList({
      tx,
      organisation,
      accessListId: prodId,
      version: list.prod.version,
      name: test.name,
      description: test.description,
    });
  // Only the differences are read (each side's members that the other lacks), never both lists whole.
  const { onlyInTest, onlyInProd } = await allMemberDifferences({ db: tx, testId: test.id, prodId });
  const members = { tx, organisationId: organisation.id, accessListId: prodId };
  if (onlyInTest.length > 0) await addAccessListMembers({ ...members, orgNumbers: onlyInTest });
  if (onlyInProd.length > 0) await removeAccessListMembers({ ...members, orgNumbers: onlyInProd });
  const summary =
    `Promoted access list ${list.identifier} from test to production ` +
    `(${onlyInTest.length} members added, ${onlyInProd.length} removed)`;
  return { action: "access-list.update", targetType: "access-list", targetId: prodId, summary };
}

export async function promoteConnection(
  { tx, organisation }: TContext,
  connection: TConnectionComparison,
): Promise<TPromotedAudit> {
  // Read now: the list may have reached production earlier in this promotion.
  const list = await tx.accessList.findFirst({
    where: { organisationId: organisation.id, environment: "PROD", identifier: connection.listIdentifier },
    select: { id: true },
  });
  if (!list) throw notFound("accessListNotFound");
  const resource = await tx.consentResource.findFirst({
    where: { organisationId: organisation.id, identifier: connection.resourceIdentifier },
    select: { id: true },
  });
  if (!resource) throw notFound("consentResourceNotFound");
  await linkAccessListToResource({ tx, organisation, accessListId: list.id, resourceId: resource.id });
  const summary = `Promoted the connection of ${connection.listIdentifier} to ${connection.resourceIdentifier} to production`;
  return { action: "access-list.resource.link", targetType: "access-list", targetId: list.id, summary };
}

export async function promoteResource(
  { tx, organisation, actorId }: TContext,
  resource: TResourceComparison,
): Promise<TPromotedAudit> {
  const version = resource.test!.version;
  await publishConsentResource({
    tx,
    organisation,
    identifier: resource.identifier,
    version,
    environment: "PROD",
    actorId,
  });
  const summary = `Promoted version ${version} of ${resource.identifier} from test to production`;
  return { action: "consent-resource.publish", targetType: "consent-resource", targetId: resource.identifier, summary };
}
