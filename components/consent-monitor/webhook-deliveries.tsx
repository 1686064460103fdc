import { getFormatter, getTranslations } from "next-intl/server";
import { TableShell } from "@/components/ui/table-shell";
import type { getWebhookPanel } from "@/lib/consent-monitor/get-webhook-panel";

type TDelivery = Awaited<ReturnType<typeof getWebhookPanel>>["deliveries"][number];
const TYPES = { "consent.event": "event", "consent.expiring": "expiring", "consent.test": "test" } as const;

/** The delivery log: what was sent, whether the receiver took it, after how many attempts, and its last answer. */
export async function WebhookDeliveries({ deliveries }: { deliveries: TDelivery[] }) {
  const t = await getTranslations("consentMonitor.webhook.deliveries");
  const format = await getFormatter();
  return (
    <TableShell
      caption={t("caption")}
      visibleCaption
      testId="webhook-deliveries"
      columns={[t("event"), t("status"), t("attempts"), t("answer"), t("time")]}
      empty={{ text: t("empty"), rowCount: deliveries.length }}
    >
      {deliveries.map((delivery) => {
        const type = TYPES[delivery.type as keyof typeof TYPES] as (typeof TYPES)[keyof typeof TYPES] | undefined;
        return (
          <tr
            key={delivery.id}
            className="border-t border-slate-200"
            data-testid="webhook-delivery"
            data-status={delivery.status}
          >
            <td className="px-3 py-2">
              {type
                ? t(`type.${type}` as "type.event", {
                    eventType: delivery.eventType ?? "",
                    requestId: delivery.requestId ?? "",
                  })
                : delivery.type}
            </td>
            <td className="px-3 py-2">{t(`state.${delivery.status as "PENDING" | "DELIVERED" | "FAILED"}`)}</td>
            <td className="px-3 py-2">{delivery.attempts}</td>
            <td className="px-3 py-2 text-xs">{delivery.lastError ?? delivery.lastStatusCode ?? ""}</td>
            <td className="px-3 py-2">
              {format.dateTime(delivery.createdAt, { dateStyle: "short", timeStyle: "medium" })}
            </td>
          </tr>
        );
      })}
    </TableShell>
  );
}
