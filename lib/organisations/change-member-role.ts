import "server-only";
import type { Role } from "@/lib/platform/db/create-prisma-client";
import type { TTx } from "@/lib/platform/db/prisma";
import { conflict, notFound } from "@/lib/platform/errors/app-error";
import { countAdmins, lockOrganisation } from "./lock-organisation";

/** Changes a member's role; the last admin cannot be demoted. */
export async function changeMemberRole(options: {
  tx: TTx;
  organisationId: string;
  membershipId: string;
  role: Role;
}): Promise<{ pid: string; from: Role; to: Role }> {
  const { tx, organisationId, membershipId, role } = options;
  await lockOrganisation(tx, organisationId);
  // Scoped by organisation in the query: a membership id from another organisation is simply not found.
  const membership = await tx.membership.findFirst({
    where: { id: membershipId, organisationId },
    select: { role: true, user: { select: { pid: true } } },
  });
  if (!membership) throw notFound("memberNotFound");
  if (membership.role === "ADMIN" && role !== "ADMIN" && (await countAdmins(tx, organisationId)) <= 1) {
    throw conflict("lastAdmin");
  }
  await tx.membership.update({ where: { id: membershipId }, data: { role } });
  return { pid: membership.user.pid, from: membership.role, to: role };
}
