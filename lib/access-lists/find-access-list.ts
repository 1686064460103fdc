import "server-only";
import type { TDb, TTx } from "@/lib/platform/db/prisma";
import { notFound } from "@/lib/platform/errors/app-error";
import type { TEnvironment } from "@/lib/platform/environment";

const listSelect = {
  id: true,
  environment: true,
  identifier: true,
  name: true,
  description: true,
  version: true,
  updatedAt: true,
  organisation: { select: { id: true, orgNumber: true, orgCode: true } },
} as const;

/** The organisation's list with its owner's numbers; a list of another organisation is not found. */
export async function requireAccessList(options: { tx: TDb | TTx; organisationId: string; accessListId: string }) {
  const list = await options.tx.accessList.findFirst({
    where: { id: options.accessListId, organisationId: options.organisationId },
    select: listSelect,
  });
  if (!list) throw notFound("accessListNotFound");
  if (!list.organisation.orgCode) throw notFound("accessListNoOrgCode");
  return { ...list, organisation: { ...list.organisation, orgCode: list.organisation.orgCode } };
}

/** The list linked to a resource in that environment, if any (a resource uses at most one list per environment). */
export async function findAccessListForResource(options: {
  db?: TDb | TTx;
  tx?: TDb | TTx;
  resourceId: string;
  environment: TEnvironment;
}) {
  const client = options.tx ?? options.db;
  if (!client) throw new Error("findAccessListForResource needs db or tx");
  const link = await client.accessListResourceLink.findFirst({
    where: { resourceId: options.resourceId, accessList: { environment: options.environment } },
    orderBy: { createdAt: "asc" },
    select: { accessList: { select: listSelect } },
  });
  return link?.accessList ?? null;
}
