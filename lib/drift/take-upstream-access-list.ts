import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { toUpstreamEnv, type TEnvironment } from "@/lib/platform/environment";
import { listAccessListMembers, memberOrgNumber } from "@/lib/platform/upstream/access-list-members-client";
import { getAccessList } from "@/lib/platform/upstream/access-lists-client";
import type { TDriftOrganisation } from "./check-context";

/**
 * The registry's list written to the portal: name and description, the members as a set (rows the registry lacks
 * deleted, its members the portal lacks inserted: the member counter's triggers follow), and the connections to the
 * owner's resources the portal knows. A list the registry no longer has is deleted in the portal (as its own delete
 * does, without queueing anything).
 */
export async function takeUpstreamAccessList(options: {
  tx: TTx;
  organisation: TDriftOrganisation;
  accessListId: string;
}): Promise<string> {
  const { tx, organisation } = options;
  const list = await tx.accessList.findUniqueOrThrow({ where: { id: options.accessListId } });
  const target = {
    environment: toUpstreamEnv(list.environment as TEnvironment),
    actingFor: organisation.orgNumber,
    owner: organisation.orgCode ?? "",
  };
  const upstream = await getAccessList(target, list.identifier, { connections: true });
  if (!upstream) {
    await tx.accessList.delete({ where: { id: list.id } });
    return list.identifier;
  }
  await tx.accessList.update({
    where: { id: list.id },
    data: {
      name: upstream.value.name ?? list.name,
      description: upstream.value.description ?? "",
      etag: upstream.etag,
      version: { increment: 1 },
    },
  });
  const members = new Set(
    (await listAccessListMembers(target, list.identifier)).flatMap((member) => memberOrgNumber(member) ?? []),
  );
  await tx.accessListMember.deleteMany({ where: { accessListId: list.id, orgNumber: { notIn: [...members] } } });
  await tx.accessListMember.createMany({
    data: [...members].map((orgNumber) => ({ accessListId: list.id, orgNumber })),
    skipDuplicates: true,
  });
  const connections = upstream.value.resourceConnections ?? [];
  const resources = await tx.consentResource.findMany({
    where: { organisationId: organisation.id, identifier: { in: connections.map((c) => c.resourceIdentifier) } },
    select: { id: true, identifier: true },
  });
  await tx.accessListResourceLink.deleteMany({
    where: { accessListId: list.id, resourceId: { notIn: resources.map((resource) => resource.id) } },
  });
  for (const resource of resources) {
    const actionFilters = connections.find((c) => c.resourceIdentifier === resource.identifier)?.actionFilters ?? [
      "requestconsent",
    ];
    await tx.accessListResourceLink.upsert({
      where: { accessListId_resourceId: { accessListId: list.id, resourceId: resource.id } },
      create: { accessListId: list.id, resourceId: resource.id, actionFilters },
      update: { actionFilters },
    });
  }
  return list.identifier;
}
