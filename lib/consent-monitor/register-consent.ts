import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { fromUpstreamEnv, type TUpstreamEnvironment } from "@/lib/platform/environment";
import { validationError } from "@/lib/platform/errors/app-error";
import { getConsentRequest } from "@/lib/platform/upstream/consent-requests-client";
import { isUpstreamError } from "@/lib/platform/upstream/upstream-error";
import { buildConsentTimeline } from "./consent-timeline";

/**
 * Tracks a consent request the consumer made outside the kit, by its id. Altinn is asked, as the consumer: only the
 * request's `to` may read it (ConsentService.GetRequest answers others AM-00000, 403), so a request that is not the
 * consumer's, or does not exist (404), is refused alike without telling which. Its status comes from the events the
 * feed already gave, else from Altinn's answer.
 */
export async function registerConsent(options: {
  tx: TTx;
  organisation: { id: string; orgNumber: string };
  requestId: string;
  environment: TUpstreamEnvironment;
}): Promise<{ consentId: string }> {
  const { tx, organisation, environment } = options;
  const requestId = options.requestId.toLowerCase();
  const request = await getConsentRequest({ environment, actingFor: organisation.orgNumber }, requestId).catch(
    (error: unknown) => {
      if (isUpstreamError(error) && (error.status === 403 || error.status === 404)) return null;
      throw error;
    },
  );
  const consumer = `:${organisation.orgNumber}`;
  if (!request || !(request.to ?? "").endsWith(consumer)) throw validationError({ requestId: ["consentNotFound"] });
  const stored = fromUpstreamEnv(environment);
  const events = await tx.consentEvent.findMany({
    where: { organisationId: organisation.id, environment: stored, requestId },
    select: { eventType: true, changedDate: true },
  });
  const validTo = request.validTo ? new Date(request.validTo) : null;
  const status = events.length
    ? buildConsentTimeline({ events, validTo }).status
    : (request.status ?? "created").toLowerCase();
  const data = {
    resourceIdentifier: request.consentRights?.[0]?.resource?.[0]?.value ?? null,
    validTo: validTo && !Number.isNaN(validTo.getTime()) ? validTo : null,
    status,
  };
  const tracked = await tx.trackedConsent.upsert({
    where: {
      organisationId_environment_requestId: { organisationId: organisation.id, environment: stored, requestId },
    },
    create: { organisationId: organisation.id, environment: stored, requestId, source: "registered", ...data },
    update: data,
    select: { id: true },
  });
  return { consentId: tracked.id };
}
