import "server-only";
import type { Prisma } from "@/lib/platform/db/create-prisma-client";
import { db } from "@/lib/platform/db/prisma";

const organisationRowSelect = {
  orgNumber: true,
  name: true,
  orgCode: true,
  scopePrefix: true,
  _count: { select: { memberships: true } },
} as const satisfies Prisma.OrganisationSelect;

type TSelected = Prisma.OrganisationGetPayload<{ select: typeof organisationRowSelect }>;
export type TOrganisationRow = Omit<TSelected, "_count"> & { memberCount: number };

/** Every organisation in the portal: for platform administrators only (the caller checks). */
export async function listOrganisations(): Promise<TOrganisationRow[]> {
  const rows = await db().organisation.findMany({ select: organisationRowSelect, orderBy: { name: "asc" } });
  return rows.map(({ _count, ...row }) => ({ ...row, memberCount: _count.memberships }));
}
