import "server-only";
import type { Role } from "@/lib/platform/db/create-prisma-client";
import { db } from "@/lib/platform/db/prisma";

export type TUserOrganisation = { orgNumber: string; name: string; role: Role };

/** The organisations a user belongs to, for the header switcher and the start page. */
export async function listUserOrganisations(options: { userId: string }): Promise<TUserOrganisation[]> {
  const rows = await db().membership.findMany({
    // An inactive membership (an Altinn right the latest login did not represent) grants nothing.
    where: { userId: options.userId, active: true },
    select: { role: true, organisation: { select: { orgNumber: true, name: true } } },
    orderBy: { organisation: { name: "asc" } },
  });
  return rows.map((row) => ({ ...row.organisation, role: row.role }));
}
