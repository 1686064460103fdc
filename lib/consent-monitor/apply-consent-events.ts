import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { toUpstreamEnv, type TEnvironment } from "@/lib/platform/environment";
import { notifyConsent } from "./consent-notifications";
import { buildConsentTimeline } from "./consent-timeline";
import type { TStoredConsentEvent } from "./read-consent-feed";
import { trackKitRequests } from "./track-kit-requests";
import { createWebhookDelivery, type TEnqueueDelivery } from "./webhook-deliveries";

const NOTIFIED = { revoked: "revoked", rejected: "rejected" } as const;

/**
 * What new feed events cause, in the transaction that stores them (read-consent-feed.ts), so each happens once:
 * the tracked consents' statuses are rebuilt from all their events, a revocation or rejection notifies the
 * organisation, and every event of a tracked consent is queued for the organisation's webhook. Events of requests
 * the portal does not track are kept, so a request registered later has its timeline at once.
 */
export function applyConsentEvents(options: {
  organisationId: string;
  environment: TEnvironment;
  enqueue: TEnqueueDelivery;
}) {
  const { organisationId, environment } = options;
  return async (tx: TTx, events: TStoredConsentEvent[]): Promise<void> => {
    await trackKitRequests(tx, organisationId);
    const organisation = await tx.organisation.findUniqueOrThrow({
      where: { id: organisationId },
      select: { orgNumber: true },
    });
    const tracked = await tx.trackedConsent.findMany({
      where: { organisationId, environment, requestId: { in: [...new Set(events.map((e) => e.requestId))] } },
      select: { id: true, requestId: true, createdAt: true, validTo: true, resourceIdentifier: true },
    });
    for (const consent of tracked) {
      const all = await tx.consentEvent.findMany({
        where: { organisationId, environment, requestId: consent.requestId },
        select: { eventType: true, changedDate: true },
      });
      const { status } = buildConsentTimeline({ events: all, trackedAt: consent.createdAt, validTo: consent.validTo });
      await tx.trackedConsent.update({ where: { id: consent.id }, data: { status } });
    }
    const byRequest = new Map(tracked.map((consent) => [consent.requestId, consent]));
    for (const event of events) {
      const consent = byRequest.get(event.requestId);
      if (!consent) continue;
      const kind = NOTIFIED[event.eventType as keyof typeof NOTIFIED];
      if (kind) {
        await notifyConsent({
          tx,
          kind,
          consent: { id: consent.id, organisationId, environment, requestId: consent.requestId },
          resource: consent.resourceIdentifier,
        });
      }
      await createWebhookDelivery({
        tx,
        organisationId,
        eventId: event.id,
        enqueue: options.enqueue,
        payload: {
          type: "consent.event",
          organisation: organisation.orgNumber,
          environment: toUpstreamEnv(environment),
          consentRequestId: consent.requestId,
          eventType: event.eventType,
          changedDate: event.changedDate.toISOString(),
          resource: consent.resourceIdentifier,
          validTo: consent.validTo?.toISOString() ?? null,
        },
      });
    }
  };
}
