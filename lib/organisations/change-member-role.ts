import "server-only";
import type { Role } from "@/lib/platform/db/create-prisma-client";
import type { TTx } from "@/lib/platform/db/prisma";
import { endAllSessions } from "@/lib/platform/auth/end-sessions";
import { hasRole } from "@/lib/platform/auth/roles";
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
    select: { role: true, userId: true, user: { select: { pid: true } } },
  });
  if (!membership) throw notFound("memberNotFound");
  if (membership.role === "ADMIN" && role !== "ADMIN" && (await countAdmins(tx, organisationId)) <= 1) {
    throw conflict("lastAdmin");
  }
  await tx.membership.update({ where: { id: membershipId }, data: { role } });
  // A lowered role ends the person's sessions at once, so nothing opened under the old role acts on.
  if (!hasRole(role, membership.role)) await endAllSessions({ db: tx, userId: membership.userId });
  return { pid: membership.user.pid, from: membership.role, to: role };
}
