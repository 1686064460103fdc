import "server-only";
import { db } from "@/lib/platform/db/prisma";
import { buildConsentTimeline } from "./consent-timeline";
import { trackedConsentSelect } from "./list-tracked-consents";

/** One tracked consent of the organisation (null for another's: the query says whose) with its timeline. */
export async function getTrackedConsent(options: { organisationId: string; consentId: string }) {
  const consent = await db().trackedConsent.findFirst({
    where: { id: options.consentId, organisationId: options.organisationId },
    select: trackedConsentSelect,
  });
  if (!consent) return null;
  const events = await db().consentEvent.findMany({
    where: { organisationId: options.organisationId, environment: consent.environment, requestId: consent.requestId },
    select: { eventType: true, changedDate: true },
  });
  const timeline = buildConsentTimeline({ events, trackedAt: consent.createdAt, validTo: consent.validTo });
  return { consent, timeline };
}
