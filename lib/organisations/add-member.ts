import "server-only";
import type { Role } from "@/lib/platform/db/create-prisma-client";
import type { TTx } from "@/lib/platform/db/prisma";
import { conflict } from "@/lib/platform/errors/app-error";
import { lockOrganisation } from "./lock-organisation";

/**
 * Adds a person, by national identity number, to an organisation. The person need not have logged
 * in yet: a user row is created now and gets its name at first login.
 */
export async function addMember(options: {
  tx: TTx;
  organisationId: string;
  nationalIdentityNumber: string;
  role: Role;
}): Promise<{ membershipId: string; userId: string }> {
  const { tx, organisationId, nationalIdentityNumber, role } = options;
  await lockOrganisation(tx, organisationId);
  const user = await tx.user.upsert({
    where: { pid: nationalIdentityNumber },
    create: { pid: nationalIdentityNumber },
    update: {},
    select: { id: true },
  });
  const existing = await tx.membership.findUnique({
    where: { userId_organisationId: { userId: user.id, organisationId } },
    select: { id: true },
  });
  if (existing) throw conflict("alreadyMember");
  const membership = await tx.membership.create({
    data: { userId: user.id, organisationId, role },
    select: { id: true },
  });
  return { membershipId: membership.id, userId: user.id };
}
