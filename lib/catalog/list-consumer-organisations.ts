import "server-only";
import type { Role } from "@/lib/platform/db/create-prisma-client";
import { db } from "@/lib/platform/db/prisma";

export type TConsumerOrganisation = { orgNumber: string; name: string; role: Role };

/**
 * The user's organisations that act as data consumers: those without a scope prefix, since only
 * service owners are given one by Digdir.
 */
export async function listConsumerOrganisations(options: { userId: string }): Promise<TConsumerOrganisation[]> {
  const rows = await db().membership.findMany({
    where: { userId: options.userId, active: true, organisation: { scopePrefix: null } },
    select: { role: true, organisation: { select: { orgNumber: true, name: true } } },
    orderBy: { organisation: { name: "asc" } },
  });
  return rows.map((row) => ({ ...row.organisation, role: row.role }));
}
