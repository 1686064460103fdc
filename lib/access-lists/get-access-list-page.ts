import "server-only";
import { db } from "@/lib/platform/db/prisma";
import { accessListSync } from "./access-list-sync";
import { listAccessListMembers } from "./list-access-list-members";
import { memberNames } from "./member-names";
import { listResourceLinkOptions } from "./resource-links";
import { toUpstreamEnv } from "@/lib/platform/environment";

const pageListSelect = {
  id: true,
  identifier: true,
  name: true,
  description: true,
  environment: true,
  version: true,
  memberCount: true,
} as const;

/**
 * Everything the list's page shows: the list, one page of members with their registered names, its changes on
 * their way to Altinn, the resource links, and whether production has a list of the same identifier. Scoped by
 * the organisation in the query, so another organisation's list is simply null.
 */
export async function getAccessListPage(options: {
  organisationId: string;
  accessListId: string;
  query: string;
  after?: string;
}) {
  const { organisationId, accessListId } = options;
  const list = await db().accessList.findFirst({ where: { id: accessListId, organisationId }, select: pageListSelect });
  if (!list) return null;
  const environment = toUpstreamEnv(list.environment);
  const [page, sync, links, inProd] = await Promise.all([
    listAccessListMembers({
      db: db(),
      accessListId,
      query: options.query,
      after: options.after,
      memberCount: list.memberCount,
    }),
    accessListSync({ db: db(), organisationId, list }),
    listResourceLinkOptions({ db: db(), organisationId, accessListId }),
    environment === "test"
      ? db().accessList.count({ where: { organisationId, environment: "PROD", identifier: list.identifier } })
      : Promise.resolve(0),
  ]);
  const names = await memberNames(page.members.map((member) => member.orgNumber));
  return {
    list: { ...list, environment },
    members: page.members.map((member) => ({ ...member, name: names.get(member.orgNumber) ?? null })),
    total: page.total,
    nextAfter: page.nextAfter,
    sync,
    links,
    inProd: inProd > 0,
  };
}
