import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";

/**
 * Serialises membership changes within one organisation for the rest of the transaction, so two
 * admins demoting each other at once cannot leave the organisation without an admin.
 */
export async function lockOrganisation(tx: TTx, organisationId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${organisationId}::uuid FOR UPDATE`;
}

export async function countAdmins(tx: TTx, organisationId: string): Promise<number> {
  return tx.membership.count({ where: { organisationId, role: "ADMIN" } });
}
