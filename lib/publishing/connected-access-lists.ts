import "server-only";
import type { TDb, TTx } from "@/lib/platform/db/prisma";
import type { TEnvironment } from "@/lib/platform/environment";

export type TConnectedAccessList = { identifier: string; actionFilters: string[] };

/**
 * The owner's access lists connected to a consent resource in one environment (AccessListResourceLink), by list
 * identifier. The policy names exactly these; read when the policy is built, never carried in a queued payload, so
 * a policy sent late cannot name a list that was disconnected meanwhile. Scoped by the owning organisation.
 */
export async function connectedAccessLists(options: {
  db: TDb | TTx;
  /** Organisation number of the resource's owner. */
  ownerOrgNumber: string;
  resourceIdentifier: string;
  environment: TEnvironment;
}): Promise<TConnectedAccessList[]> {
  const links = await options.db.accessListResourceLink.findMany({
    where: {
      resource: { identifier: options.resourceIdentifier, organisation: { orgNumber: options.ownerOrgNumber } },
      accessList: { environment: options.environment, organisation: { orgNumber: options.ownerOrgNumber } },
    },
    orderBy: { accessList: { identifier: "asc" } },
    select: { actionFilters: true, accessList: { select: { identifier: true } } },
  });
  return links.map((link) => ({ identifier: link.accessList.identifier, actionFilters: link.actionFilters }));
}

/** Same lists (by identifier and action filters), so the policy and connections sent are still the current ones. */
export function sameAccessLists(a: readonly TConnectedAccessList[], b: readonly TConnectedAccessList[]): boolean {
  const key = (lists: readonly TConnectedAccessList[]) =>
    JSON.stringify(lists.map((list) => [list.identifier, [...list.actionFilters].sort()]).sort());
  return key(a) === key(b);
}
