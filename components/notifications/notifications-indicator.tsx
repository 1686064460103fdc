import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TUnreadSummary } from "@/lib/notifications/get-unread-summary";

/** The header's link to notifications: the unread count over the user's organisations, to the first with unread ones. */
export async function NotificationsIndicator({ unread }: { unread: TUnreadSummary }) {
  const t = await getTranslations("accessRequests");
  return (
    <Link
      href={`/orgs/${unread.orgNumber}/notifications`}
      data-testid="notifications-indicator"
      className="text-sm text-brand-700 underline-offset-2 hover:underline"
    >
      {unread.total > 0 ? t("notifications.indicatorUnread", { count: unread.total }) : t("notifications.indicator")}
    </Link>
  );
}
