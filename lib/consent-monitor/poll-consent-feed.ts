import "server-only";
import type { TDb } from "@/lib/platform/db/prisma";
import { toUpstreamEnv, type TEnvironment } from "@/lib/platform/environment";
import { logger } from "@/lib/platform/logger";
import { applyConsentEvents } from "./apply-consent-events";
import { getConsentEventsPage } from "./consent-events-client";
import { notifyExpiringConsents } from "./notify-expiring-consents";
import { readConsentFeed } from "./read-consent-feed";
import { trackKitRequests } from "./track-kit-requests";
import type { TEnqueueDelivery } from "./webhook-deliveries";

/** One consumer's feed in one environment, read as that consumer, then its expiring consents announced. */
export async function pollConsentFeed(options: {
  db: TDb;
  organisationId: string;
  environment: TEnvironment;
  enqueue: TEnqueueDelivery;
}) {
  const { db, organisationId, environment, enqueue } = options;
  const organisation = await db.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { orgNumber: true },
  });
  await trackKitRequests(db, organisationId);
  const target = { environment: toUpstreamEnv(environment), actingFor: organisation.orgNumber };
  const result = await readConsentFeed({
    db,
    organisationId,
    environment,
    fetchPage: (token) => getConsentEventsPage(target, token),
    onNewEvents: applyConsentEvents({ organisationId, environment, enqueue }),
  });
  await notifyExpiringConsents({ db, organisationId, enqueue });
  return result;
}

/**
 * The scheduled read: every consumer and environment with a tracked consent (a kit request counts), one after the
 * other; one consumer's failure (a delegation withdrawn, Altinn down) is kept on its cursor and does not stop the rest.
 */
export async function pollAllConsentFeeds(options: { db: TDb; enqueue: TEnqueueDelivery }): Promise<void> {
  const { db } = options;
  const kit = await db.integrationTest.findMany({
    distinct: ["organisationId", "environment"],
    select: { organisationId: true, environment: true },
  });
  const tracked = await db.trackedConsent.findMany({
    distinct: ["organisationId", "environment"],
    select: { organisationId: true, environment: true },
  });
  const feeds = new Map([...kit, ...tracked].map((feed) => [`${feed.organisationId}:${feed.environment}`, feed]));
  for (const feed of feeds.values()) {
    await pollConsentFeed({ ...options, ...feed }).catch((error: unknown) =>
      logger.warn({ err: error, ...feed }, "consent events feed not read"),
    );
  }
}
