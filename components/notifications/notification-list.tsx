import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { TNotification } from "@/lib/notifications/list-notifications";
import { cardClass } from "@/components/ui/card";

const KNOWN = new Set(["submitted", "approved", "denied", "active", "failed", "revoked"]);
// The consent monitor's (lib/consent-monitor/consent-notifications.ts).
const CONSENT_KINDS = new Set(["revoked", "rejected", "expiring"]);

/** The organisation's notifications, newest first; each says what happened and links to where to act. */
export async function NotificationList({ notifications }: { notifications: TNotification[] }) {
  const t = await getTranslations("accessRequests");
  // The stored environment (TEST, PROD) in the reader's words.
  const inWords = (params: TNotification["params"]) => {
    const key = `environments.${params.environment}`;
    return t.has(key as never) ? { ...params, environment: t(key as never) } : params;
  };
  const tConsent = await getTranslations("consentMonitor.notifications");
  const tDrift = await getTranslations("drift");
  const format = await getFormatter();
  return (
    <ul className="space-y-2" data-testid="notification-list">
      {notifications.map((notification) => {
        const kind = notification.kind.replace(/^access-request\./, "");
        const consentKind = notification.kind.replace(/^consent\./, "");
        const text = KNOWN.has(kind)
          ? t(`notifications.kind.${kind}` as "notifications.kind.submitted", inWords(notification.params))
          : notification.kind.startsWith("consent.") && CONSENT_KINDS.has(consentKind)
            ? tConsent(consentKind as "revoked", notification.params)
            : notification.kind === "drift.detected" // lib/drift/record-drift-findings.ts
              ? tDrift("notification", { ...notification.params, count: Number(notification.params.count) })
              : notification.kind;
        return (
          <li
            key={notification.id}
            data-testid="notification"
            data-unread={notification.unread}
            className={cardClass({ padding: "sm" })}
          >
            <p>
              {notification.unread && (
                <span className="mr-2 rounded bg-brand-600 px-1.5 text-xs font-semibold text-white">
                  {t("notifications.new")}
                </span>
              )}
              {notification.link ? (
                <Link href={notification.link} className="text-brand-700 underline">
                  {text}
                </Link>
              ) : (
                text
              )}
            </p>
            {notification.params.reason && (
              <p className="text-sm text-slate-700">
                {t("notifications.reason", { reason: notification.params.reason })}
              </p>
            )}
            <time className="text-sm text-slate-600" dateTime={notification.createdAt.toISOString()}>
              {format.dateTime(notification.createdAt, { dateStyle: "short", timeStyle: "short" })}
            </time>
          </li>
        );
      })}
    </ul>
  );
}
