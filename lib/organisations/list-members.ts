import "server-only";
import type { Prisma, Role } from "@/lib/platform/db/create-prisma-client";
import { db } from "@/lib/platform/db/prisma";
import { maskNationalIdentityNumber } from "@/lib/platform/validation/mask-national-identity-number";

const memberSelect = {
  id: true,
  role: true,
  source: true,
  altinnResources: true,
  active: true,
  lastLoginAt: true,
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
  /** PORTAL: added in the portal (ID-porten mode); ALTINN: recorded from an Ansattporten login's token. */
  source: "PORTAL" | "ALTINN";
  /** The portal's Altinn resources (ids) the latest login named for this organisation (ALTINN only). */
  altinnResources: string[];
  /** Whether the person's latest login still represents the organisation (the picker's choice). */
  active: boolean;
  /** The latest login for this organisation (ALTINN), else the person's latest login at all. */
  lastLoginAt: Date | null;
};

export async function listMembers(options: { organisationId: string }): Promise<TMember[]> {
  const rows = await db().membership.findMany({
    where: { organisationId: options.organisationId },
    select: memberSelect,
    // Who acts for the organisation now first, then by role; people whose latest login chose another organisation last.
    orderBy: [{ active: "desc" }, { role: "asc" }, { createdAt: "asc" }],
  });
  return rows.map((row) => ({
    membershipId: row.id,
    userId: row.user.id,
    name: row.user.name,
    maskedPid: maskNationalIdentityNumber(row.user.pid),
    role: row.role,
    hasLoggedIn: row.user.lastLoginAt !== null,
    source: row.source,
    altinnResources: row.altinnResources,
    active: row.active,
    lastLoginAt: row.source === "ALTINN" ? row.lastLoginAt : row.user.lastLoginAt,
  }));
}
