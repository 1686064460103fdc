import "server-only";
import { userMemberships } from "@/lib/platform/auth/user-memberships";
import { db } from "@/lib/platform/db/prisma";

export type TUnreadSummary = {
  /** Unread notifications over all the user's organisations. */
  total: number;
  /** Where the indicator leads: the first organisation with unread ones, else the first. */
  orgNumber: string;
};

/**
 * What the header's notifications indicator shows; null for a user without organisations (nothing to show). Every
 * page asks, so it is one statement over the request's memberships (user-memberships.ts, read once per request): the
 * notifications newer than each membership's `notificationsSeenAt`, counted per organisation.
 */
export async function getUnreadSummary(options: { userId: string }): Promise<TUnreadSummary | null> {
  const memberships = await userMemberships(options.userId);
  if (memberships.length === 0) return null;
  const groups = await db().notification.groupBy({
    by: ["organisationId"],
    where: {
      OR: memberships.map(({ organisation, notificationsSeenAt }) => ({
        organisationId: organisation.id,
        ...(notificationsSeenAt ? { createdAt: { gt: notificationsSeenAt } } : {}),
      })),
    },
    _count: { _all: true },
  });
  const unread = new Map(groups.map((group) => [group.organisationId, group._count._all]));
  const count = (organisationId: string) => unread.get(organisationId) ?? 0;
  const target = memberships.find(({ organisation }) => count(organisation.id) > 0) ?? memberships[0]!;
  return { total: groups.reduce((sum, group) => sum + group._count._all, 0), orgNumber: target.organisation.orgNumber };
}
