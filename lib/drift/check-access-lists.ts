import "server-only";
import { getAccessList } from "@/lib/platform/upstream/access-lists-client";
import { listAccessListMembers, memberOrgNumber } from "@/lib/platform/upstream/access-list-members-client";
import { accessListChangeTarget } from "@/lib/access-lists/access-list-target";
import type { TCheckContext } from "./check-context";
import { compareAccessList, connectionLabel } from "./compare-access-list";
import type { TDriftResult } from "./drift-fields";

/**
 * The owner's access lists in the environment against the registry: the list with all its resource connections
 * (one GET), and its members read page by page (100 a page, as the registry pages them), compared as sets.
 */
export async function checkAccessLists(context: TCheckContext): Promise<TDriftResult[]> {
  const { organisation, environment } = context;
  if (!organisation.orgCode) return [];
  const target = { ...context.acting, owner: organisation.orgCode };
  const lists = await context.db.accessList.findMany({
    where: { organisationId: organisation.id, environment },
    select: {
      id: true,
      identifier: true,
      name: true,
      description: true,
      resourceLinks: { select: { actionFilters: true, resource: { select: { identifier: true } } } },
    },
    orderBy: { identifier: "asc" },
  });
  const results: TDriftResult[] = [];
  for (const list of lists) {
    const { targetType, targetId } = accessListChangeTarget(environment, list.identifier);
    if (context.isPending(targetType, targetId)) continue;
    const base = { objectType: "access-list" as const, objectId: list.id, label: list.identifier };
    const upstream = await getAccessList(target, list.identifier, { connections: true });
    if (!upstream) {
      results.push({ ...base, fields: {}, deletedUpstream: true });
      continue;
    }
    const [portalMembers, upstreamMembers] = await Promise.all([
      context.db.accessListMember.findMany({ where: { accessListId: list.id }, select: { orgNumber: true } }),
      listAccessListMembers(target, list.identifier),
    ]);
    const fields = compareAccessList(
      {
        name: list.name,
        description: list.description,
        members: portalMembers.map((member) => member.orgNumber),
        connections: list.resourceLinks.map((link) => connectionLabel(link.resource.identifier, link.actionFilters)),
      },
      {
        name: upstream.value.name ?? "",
        description: upstream.value.description ?? "",
        members: upstreamMembers.flatMap((member) => memberOrgNumber(member) ?? []),
        connections: (upstream.value.resourceConnections ?? []).map((connection) =>
          connectionLabel(connection.resourceIdentifier, connection.actionFilters),
        ),
      },
    );
    results.push({ ...base, fields, deletedUpstream: false });
  }
  return results;
}
