import "server-only";
import type { TDb, TTx } from "@/lib/platform/db/prisma";

/**
 * Whether each creator is still an active administrator of the organisation: a token stops working when its
 * creator is removed, lowered below administrator, or (Ansattporten) no longer represents the organisation.
 */
export async function activeAdminsAmong(options: {
  db: TDb | TTx;
  organisationId: string;
  userIds: string[];
}): Promise<Set<string>> {
  const admins = await options.db.membership.findMany({
    where: { organisationId: options.organisationId, userId: { in: options.userIds }, role: "ADMIN", active: true },
    select: { userId: true },
  });
  return new Set(admins.map((admin) => admin.userId));
}
