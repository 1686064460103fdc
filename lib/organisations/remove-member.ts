import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { endAllSessions } from "@/lib/platform/auth/end-sessions";
import { conflict, notFound } from "@/lib/platform/errors/app-error";
import { countAdmins, lockOrganisation } from "./lock-organisation";

/** Removes a member; the last admin cannot be removed. */
export async function removeMember(options: {
  tx: TTx;
  organisationId: string;
  membershipId: string;
}): Promise<{ pid: string }> {
  const { tx, organisationId, membershipId } = options;
  await lockOrganisation(tx, organisationId);
  const membership = await tx.membership.findFirst({
    where: { id: membershipId, organisationId },
    select: { role: true, userId: true, user: { select: { pid: true } } },
  });
  if (!membership) throw notFound("memberNotFound");
  if (membership.role === "ADMIN" && (await countAdmins(tx, organisationId)) <= 1) {
    throw conflict("lastAdmin");
  }
  await tx.membership.delete({ where: { id: membershipId } });
  // A removed right ends the person's sessions at once, so nothing opened under it (a page, a form) acts on.
  await endAllSessions({ db: tx, userId: membership.userId });
  return { pid: membership.user.pid };
}
