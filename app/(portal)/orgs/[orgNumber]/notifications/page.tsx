import { loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { NotificationList } from "@/components/notifications/notification-list";
import { openNotifications } from "@/lib/notifications/list-notifications";

export const generateMetadata = pageTitle("accessRequests.notifications");

// Opening the page marks the organisation's notifications seen for this member (the header count drops).
export const dynamic = "force-dynamic";

export default async function NotificationsPage({ params }: PageProps<"/orgs/[orgNumber]/notifications">) {
  const { organisation, user, t } = await loadOrgPage(params, "accessRequests.notifications");
  const notifications = await openNotifications({ organisationId: organisation.id, userId: user.id });
  return (
    <PageShell title={t("title")}>
      {notifications.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <NotificationList notifications={notifications} />
      )}
    </PageShell>
  );
}
