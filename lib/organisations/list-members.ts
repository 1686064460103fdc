import "server-only";
import type { Prisma, Role } from "@/lib/platform/db/create-prisma-client";
import { db } from "@/lib/platform/db/prisma";
import { maskNationalIdentityNumber } from "@/lib/platform/validation/mask-national-identity-number";

const memberSelect = {
  id: true,
  role: true,
  createdAt: true,
  user: { select: { id: true, pid: true, name: true, lastLoginAt: true } },
} as const satisfies Prisma.MembershipSelect;

export type TMember = {
  membershipId: string;
  userId: string;
  name: string | null;
  maskedPid: string;
  role: Role;
  hasLoggedIn: boolean;
};

export async function listMembers(options: { organisationId: string }): Promise<TMember[]> {
  const rows = await db().membership.findMany({
    where: { organisationId: options.organisationId },
    select: memberSelect,
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
  });
  return rows.map((row) => ({
    membershipId: row.id,
    userId: row.user.id,
    name: row.user.name,
    maskedPid: maskNationalIdentityNumber(row.user.pid),
    role: row.role,
    hasLoggedIn: row.user.lastLoginAt !== null,
  }));
}
