import { getTranslations } from "next-intl/server";
import { NotificationList } from "@/components/notifications/notification-list";
import { requirePageMembership } from "@/lib/platform/auth/require-page-membership";
import { openNotifications } from "@/lib/notifications/list-notifications";

export async function generateMetadata() {
  const t = await getTranslations("accessRequests");
  return { title: t("notifications.title") };
}

// Opening the page marks the organisation's notifications seen for this member (the header count drops).
export const dynamic = "force-dynamic";

export default async function NotificationsPage({ params }: PageProps<"/orgs/[orgNumber]/notifications">) {
  const { orgNumber } = await params;
  const { organisation, user } = await requirePageMembership(orgNumber);
  const t = await getTranslations("accessRequests");
  const notifications = await openNotifications({ organisationId: organisation.id, userId: user.id });
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("notifications.title")}</h1>
      {notifications.length === 0 ? (
        <p className="text-slate-700">{t("notifications.empty")}</p>
      ) : (
        <NotificationList notifications={notifications} />
      )}
    </section>
  );
}
