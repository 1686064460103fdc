import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { countUnreadNotifications } from "@/lib/notifications/list-notifications";

/** The header's link to notifications: the unread count over the user's organisations, to the first with unread ones. */
export async function NotificationsIndicator({ userId }: { userId: string }) {
  const t = await getTranslations("accessRequests");
  const counts = await countUnreadNotifications({ userId });
  if (counts.length === 0) return null;
  const total = counts.reduce((sum, count) => sum + count.unread, 0);
  const target = counts.find((count) => count.unread > 0) ?? counts[0]!;
  return (
    <Link
      href={`/orgs/${target.orgNumber}/notifications`}
      data-testid="notifications-indicator"
      className="text-sm text-brand-700 underline-offset-2 hover:underline"
    >
      {total > 0 ? t("notifications.indicatorUnread", { count: total }) : t("notifications.indicator")}
    </Link>
  );
}
