import "server-only";
import { withPrismaErrors } from "@/lib/platform/db/map-prisma-error";
import type { TTx } from "@/lib/platform/db/prisma";
import { forbidden, validationError } from "@/lib/platform/errors/app-error";
import { enqueueUpstreamChange } from "@/lib/upstream-jobs/enqueue-upstream-change";
import { queuePolicyUpdate } from "@/lib/publishing/queue-policy-update";
import { accessListChangeTarget } from "./access-list-target";
import { lockOwnRow } from "@/lib/platform/db/own-rows";
import { requireLoadedVersion, type TVersionedEdit } from "@/lib/platform/db/optimistic-edit";
import { requireAccessList } from "./find-access-list";
import type { TEnvironment } from "@/lib/platform/environment";

// Creating, renaming and deleting a list: the portal's row changes here and the registry follows through a queued
// change in the same transaction (never sent from the action).

type TOrganisation = { id: string; orgNumber: string; orgCode: string | null };
type TList = { environment: TEnvironment; identifier: string; name: string; description: string };

/** Access lists live under the owner's Altinn org code; only service owners have one. */
export function requireOrgCode(organisation: { orgCode: string | null }): string {
  if (!organisation.orgCode) throw forbidden("accessListsServiceOwnerOnly");
  return organisation.orgCode;
}

/** A change of the list itself (with its name) or of its connection to a resource; members go in batches. */
export type TListChange =
  | { kind: "registry.access-list.upsert" }
  | { kind: "registry.access-list.delete" }
  | {
      kind: "registry.access-list.resource-connection.put" | "registry.access-list.resource-connection.delete";
      resourceIdentifier: string;
    };

export async function enqueueListChange(tx: TTx, organisation: TOrganisation, list: TList, change: TListChange) {
  const row = {
    tx,
    organisationId: organisation.id,
    environment: list.environment,
    ...accessListChangeTarget(list.environment, list.identifier),
  };
  const ref = {
    actingFor: organisation.orgNumber,
    owner: requireOrgCode(organisation),
    listIdentifier: list.identifier,
  };
  if (change.kind === "registry.access-list.upsert") {
    return enqueueUpstreamChange({
      ...row,
      kind: change.kind,
      payload: { ...ref, name: list.name, description: list.description },
    });
  }
  if (change.kind === "registry.access-list.delete")
    return enqueueUpstreamChange({ ...row, kind: change.kind, payload: ref });
  return enqueueUpstreamChange({
    ...row,
    kind: change.kind,
    payload: { ...ref, resourceIdentifier: change.resourceIdentifier },
  });
}

export async function createAccessList(options: {
  tx: TTx;
  organisation: TOrganisation;
  environment: TEnvironment;
  identifier: string;
  name: string;
  description: string;
}) {
  const { tx, organisation, environment, identifier, name, description } = options;
  requireOrgCode(organisation);
  const list = await withPrismaErrors(
    () =>
      tx.accessList.create({
        data: { organisationId: organisation.id, environment, identifier, name, description },
        select: { id: true, environment: true, identifier: true, name: true, description: true },
      }),
    { uniqueViolation: () => validationError({ identifier: ["accessListExists"] }) },
  );
  const { changeId } = await enqueueListChange(tx, organisation, list, { kind: "registry.access-list.upsert" });
  return { list, changeId };
}

/** The audit action name of a list's edit (access-list-actions.ts): its latest event says who saved last. */
export const UPDATE_ACCESS_LIST_ACTION = "access-list.update";

/**
 * Renames the list and queues the registry's upsert. A save from an older version than the list's (`version`, what the
 * form loaded) is refused, naming who saved (lib/scopes/optimistic-edit.ts); the list is locked meanwhile, so of two
 * saves from one version exactly one is written.
 */
export async function updateAccessList(
  options: TVersionedEdit & { organisation: TOrganisation; accessListId: string; name: string; description: string },
) {
  const { tx, organisation, accessListId, name, description } = options;
  await lockOwnRow(tx, "AccessList", organisation.id, accessListId);
  const current = await requireAccessList({ tx, organisationId: organisation.id, accessListId });
  await requireLoadedVersion({
    tx,
    row: current,
    loaded: options.version,
    action: UPDATE_ACCESS_LIST_ACTION,
    stale: "accessListStale",
  });
  const list = await tx.accessList.update({
    where: { id: accessListId },
    data: { name, description, version: { increment: 1 } },
    select: { id: true, environment: true, identifier: true, name: true, description: true, version: true },
  });
  const { changeId } = await enqueueListChange(tx, organisation, list, { kind: "registry.access-list.upsert" });
  return { list, changeId };
}

/**
 * Deletes the list and its members here and in the registry (which drops its resource connections with it). The
 * policies of resources published with this list are updated too; deleting the only list of such a resource is
 * refused (queuePolicyUpdate).
 */
export async function deleteAccessList(options: {
  tx: TTx;
  organisation: TOrganisation & { name: string };
  accessListId: string;
}) {
  const { tx, organisation, accessListId } = options;
  const list = await requireAccessList({ tx, organisationId: organisation.id, accessListId });
  const links = await tx.accessListResourceLink.findMany({ where: { accessListId }, select: { resourceId: true } });
  await tx.accessList.delete({ where: { id: accessListId } });
  for (const { resourceId } of links)
    await queuePolicyUpdate({ tx, organisation, resourceId, environment: list.environment });
  const { changeId } = await enqueueListChange(tx, organisation, list, { kind: "registry.access-list.delete" });
  return { list, changeId };
}
