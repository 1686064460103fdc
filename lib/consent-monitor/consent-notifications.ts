import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { toUpstreamEnv, type TEnvironment } from "@/lib/platform/environment";

/** What the portal tells the consumer about (lib/notifications shows them, messages `consentMonitor.notifications`). */
export const CONSENT_NOTIFICATION_KINDS = ["revoked", "rejected", "expiring"] as const;
export type TConsentNotificationKind = (typeof CONSENT_NOTIFICATION_KINDS)[number];

export async function notifyConsent(options: {
  tx: TTx;
  kind: TConsentNotificationKind;
  consent: { id: string; organisationId: string; environment: TEnvironment; requestId: string };
  resource: string | null;
  validTo?: Date | null;
}): Promise<void> {
  const { tx, kind, consent } = options;
  const organisation = await tx.organisation.findUniqueOrThrow({
    where: { id: consent.organisationId },
    select: { orgNumber: true },
  });
  await tx.notification.create({
    data: {
      organisationId: consent.organisationId,
      kind: `consent.${kind}`,
      params: {
        requestId: consent.requestId,
        resource: options.resource ?? "",
        environment: toUpstreamEnv(consent.environment),
        // The day, as Altinn shows validTo to the person; the message prints it as given.
        validTo: options.validTo?.toISOString().slice(0, 10) ?? "",
      },
      link: `/orgs/${organisation.orgNumber}/consents/${consent.id}`,
    },
  });
}
