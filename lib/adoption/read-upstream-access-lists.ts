import "server-only";
import pLimit from "p-limit";
import { listResourceConnections } from "@/lib/platform/upstream/access-list-connections-client";
import { listAccessListMembers, memberOrgNumber } from "@/lib/platform/upstream/access-list-members-client";
import {
  type AccessListTarget,
  getAccessList,
  listAccessLists,
  type TAccessList,
} from "@/lib/platform/upstream/access-lists-client";
import type { TAdoptableAccessList } from "./adoptable";
import { UPSTREAM_READS_AT_ONCE } from "./read-upstream-scopes";

export type TUpstreamAccessList = TAdoptableAccessList & { members: string[]; etag: string | null };

/**
 * One list with all its members (100 a page) and connections (100 a page), following `links.next`, and the ETag
 * the portal's next change sends as If-Match. The ETag is read last: a change after it shows as 412 on the portal's
 * next write, never as a silently lost member. `inPortal` says which connected resources the portal has.
 */
async function readList(
  target: AccessListTarget,
  list: Pick<TAccessList, "identifier" | "name" | "description">,
  resourcesInPortal: ReadonlySet<string>,
): Promise<TUpstreamAccessList> {
  const [members, connections] = await Promise.all([
    listAccessListMembers(target, list.identifier),
    listResourceConnections(target, list.identifier),
  ]);
  const etag = (await getAccessList(target, list.identifier))?.etag ?? null;
  const orgNumbers = members.flatMap((member) => {
    const orgNumber = memberOrgNumber(member);
    return orgNumber ? [orgNumber] : [];
  });
  return {
    key: list.identifier,
    identifier: list.identifier,
    name: list.name || list.identifier,
    description: list.description ?? "",
    memberCount: orgNumbers.length,
    members: orgNumbers,
    etag,
    connections: connections.map((connection) => ({
      resourceIdentifier: connection.resourceIdentifier,
      actionFilters: connection.actionFilters ?? [],
      inPortal: resourcesInPortal.has(connection.resourceIdentifier),
    })),
  };
}

/** The owner's access lists (20 a page) that `isKnown` says the portal does not have, each read in full. */
export async function readUpstreamAccessLists(
  target: AccessListTarget,
  options: { isKnown: (identifier: string) => boolean; resourcesInPortal: ReadonlySet<string>; only?: string[] },
): Promise<TUpstreamAccessList[]> {
  const lists = (await listAccessLists(target)).filter(
    (list) => !options.isKnown(list.identifier) && (!options.only || options.only.includes(list.identifier)),
  );
  const limit = pLimit(UPSTREAM_READS_AT_ONCE);
  return Promise.all(lists.map((list) => limit(() => readList(target, list, options.resourcesInPortal))));
}
