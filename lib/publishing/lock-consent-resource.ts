import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";

/**
 * Serialises publishing and access-list connection changes of one consent resource for the rest of the
 * transaction: a publish that saw a connected list and an unlink of that list cannot both commit, so a resource
 * restricted to access lists is never left published with none.
 */
export async function lockConsentResource(tx: TTx, resourceId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "ConsentResource" WHERE id = ${resourceId}::uuid FOR UPDATE`;
}
