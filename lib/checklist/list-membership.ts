import "server-only";
import { accessListChangeTarget } from "@/lib/access-lists/access-list-target";
import type { TDb } from "@/lib/platform/db/prisma";
import type { TEnvironment } from "@/lib/platform/environment";

// Is one organisation on an access list in Altinn? Asked of the portal's own records, never of the registry:
// - Altinn's only lookup by member, `GET /access-lists/memberships?party=&resource=`, is internal: it requires a
//   platform access token or the `altinn:resourceregistry/resource.admin` scope (Altinn/altinn-resource-registry
//   src/Altinn.ResourceRegistry/Controllers/AccessListMembershipsController.cs, POLICY_INTERNAL_OR_PLATFORM in
//   src/Altinn.ResourceRegistry/ResourceRegistryHost.cs), which an owner's delegated token never carries;
// - the owner's `GET /access-lists/{owner}/{id}/members` has no filter by party, only a continuation token
//   (src/Altinn.ResourceRegistry/Controllers/AccessListsController.cs GetAccessListMembers), so asking it means
//   reading the whole list, 100 a page: 500 sequential calls for 50,000 members.
// The portal is where the owner's list is kept, and every member change reaches Altinn through an UpstreamChange
// in order, so Altinn holds the portal's members except for changes still on their way. Two indexed reads,
// whatever the size of the list.

const MEMBER_KINDS = { add: "registry.access-list.members.add", remove: "registry.access-list.members.remove" };

export async function isOnAccessList(options: {
  db: TDb;
  list: { id: string; environment: TEnvironment; identifier: string };
  orgNumber: string;
}): Promise<boolean> {
  const { db, list, orgNumber } = options;
  const [record, open] = await Promise.all([
    db.accessListMember.findUnique({
      where: { accessListId_orgNumber: { accessListId: list.id, orgNumber } },
      select: { orgNumber: true },
    }),
    // The oldest change for this organisation that Altinn has not applied: Altinn holds the state before it.
    db.upstreamChange.findFirst({
      where: {
        ...accessListChangeTarget(list.environment, list.identifier),
        kind: { in: [MEMBER_KINDS.add, MEMBER_KINDS.remove] },
        status: { in: ["PENDING", "FAILED"] },
        supersededById: null,
        payload: { path: ["orgNumbers"], array_contains: [orgNumber] },
      },
      orderBy: { sequence: "asc" },
      select: { kind: true },
    }),
  ]);
  if (!open) return record !== null;
  return open.kind === MEMBER_KINDS.remove;
}
