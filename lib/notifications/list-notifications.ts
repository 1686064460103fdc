import "server-only";
import { db } from "@/lib/platform/db/prisma";

export type TNotification = {
  id: string;
  kind: string;
  params: Record<string, string>;
  link: string | null;
  createdAt: Date;
  unread: boolean;
};

/**
 * The organisation's latest notifications for one member, with those newer than the member's
 * `notificationsSeenAt` marked unread; then records that the member has now seen them.
 */
export async function openNotifications(options: { organisationId: string; userId: string }): Promise<TNotification[]> {
  const membership = await db().membership.findUniqueOrThrow({
    where: { userId_organisationId: { userId: options.userId, organisationId: options.organisationId } },
    select: { notificationsSeenAt: true },
  });
  const rows = await db().notification.findMany({
    where: { organisationId: options.organisationId },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, kind: true, params: true, link: true, createdAt: true },
  });
  await db().membership.update({
    where: { userId_organisationId: { userId: options.userId, organisationId: options.organisationId } },
    data: { notificationsSeenAt: new Date() },
  });
  const seenAt = membership.notificationsSeenAt;
  return rows.map((row) => ({
    ...row,
    params: (row.params ?? {}) as Record<string, string>,
    unread: !seenAt || row.createdAt > seenAt,
  }));
}
