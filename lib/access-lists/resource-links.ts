import "server-only";
import type { TDb, TTx } from "@/lib/platform/db/prisma";
import { conflict, notFound } from "@/lib/platform/errors/app-error";
import { queuePolicyUpdate } from "@/lib/publishing/queue-policy-update";
import { requireAccessList } from "./find-access-list";
import { enqueueListChange } from "./manage-access-list";

// A list linked to a consent resource: its members may `requestconsent` on it (a resource connection in the registry,
// and, when the resource is restricted to access lists, an `urn:altinn:access-list` subject in its policy). A link may
// be made before the resource is published: publishing connects the linked lists (resource-handlers.ts). When the
// resource is already published in the list's environment, its policy update is queued in the same transaction.

type TLink = {
  tx: TTx;
  organisation: { id: string; orgNumber: string; orgCode: string | null; name: string };
  accessListId: string;
  resourceId: string;
};

export async function linkAccessListToResource(options: TLink) {
  const { tx, organisation, accessListId, resourceId } = options;
  const list = await requireAccessList({ tx, organisationId: organisation.id, accessListId });
  const resource = await tx.consentResource.findFirst({
    where: { id: resourceId, organisationId: organisation.id },
    select: { id: true, identifier: true },
  });
  if (!resource) throw notFound("consentResourceNotFound");
  const existing = await tx.accessListResourceLink.findUnique({
    where: { accessListId_resourceId: { accessListId, resourceId } },
    select: { id: true },
  });
  if (existing) throw conflict("accessListAlreadyLinked");
  await tx.accessListResourceLink.create({ data: { accessListId, resourceId, actionFilters: ["requestconsent"] } });
  const { changeId } = await enqueueListChange(tx, organisation, list, {
    kind: "registry.access-list.resource-connection.put",
    resourceIdentifier: resource.identifier,
  });
  const policy = await queuePolicyUpdate({ tx, organisation, resourceId, environment: list.environment });
  return { list, resource, changeId, policyChangeId: policy?.changeId ?? null };
}

export async function unlinkAccessListFromResource(options: TLink) {
  const { tx, organisation, accessListId, resourceId } = options;
  const list = await requireAccessList({ tx, organisationId: organisation.id, accessListId });
  const link = await tx.accessListResourceLink.findUnique({
    where: { accessListId_resourceId: { accessListId, resourceId } },
    select: { id: true, resource: { select: { identifier: true } } },
  });
  if (!link) throw notFound("accessListLinkNotFound");
  await tx.accessListResourceLink.delete({ where: { id: link.id } });
  // Refuses to leave a published resource restricted to access lists with none (the delete rolls back).
  const policy = await queuePolicyUpdate({ tx, organisation, resourceId, environment: list.environment });
  const { changeId } = await enqueueListChange(tx, organisation, list, {
    kind: "registry.access-list.resource-connection.delete",
    resourceIdentifier: link.resource.identifier,
  });
  return {
    list,
    resource: { id: resourceId, identifier: link.resource.identifier },
    changeId,
    policyChangeId: policy?.changeId ?? null,
  };
}

/** The list's links and the organisation's consent resources it could still be linked to. */
export async function listResourceLinkOptions(options: {
  db: TDb | TTx;
  organisationId: string;
  accessListId: string;
}) {
  const [links, resources] = await Promise.all([
    options.db.accessListResourceLink.findMany({
      where: { accessListId: options.accessListId },
      orderBy: { createdAt: "asc" },
      select: { resource: { select: { id: true, identifier: true } } },
    }),
    options.db.consentResource.findMany({
      where: { organisationId: options.organisationId },
      orderBy: { identifier: "asc" },
      select: { id: true, identifier: true },
    }),
  ]);
  const linked = links.map((link) => link.resource);
  const linkedIds = new Set(linked.map((resource) => resource.id));
  return { linked, available: resources.filter((resource) => !linkedIds.has(resource.id)) };
}
