import "server-only";
import type { JobWithMetadata, PgBoss } from "pg-boss";
import type { TDb } from "@/lib/platform/db/prisma";
import {
  CONSENT_FEED_QUEUE,
  CONSENT_WEBHOOK_QUEUE,
  ensureConsentQueues,
  sendWebhookDeliveryJob,
  type TFeedPollJob,
} from "./consent-queues";
import { deliverWebhook } from "./deliver-webhook";
import { pollAllConsentFeeds, pollConsentFeed } from "./poll-consent-feed";
import { allowPrivateWebhookTargets } from "./webhook-target";

/** Every minute (pg-boss's cron has minutes as its finest unit); Altinn lists events only after 5 minutes anyway. */
export const CONSENT_FEED_CRON = "* * * * *";

/**
 * The consent monitor in the worker, on the worker's pg-boss (scripts/worker.ts): the feed read on pg-boss's own
 * schedule (one schedule by name for all workers; the cron job is created once per minute, whichever worker's clock
 * fires) and on "Check now", and the webhook deliveries. Separate from the upstream queue's batch runner.
 */
export async function startConsentMonitor(options: { boss: PgBoss; db: TDb }): Promise<void> {
  const { boss, db } = options;
  await ensureConsentQueues(boss);
  const enqueue = (tx: Parameters<typeof sendWebhookDeliveryJob>[1], id: string) =>
    sendWebhookDeliveryJob(boss, tx, id);
  await boss.schedule(CONSENT_FEED_QUEUE, CONSENT_FEED_CRON, {});
  await boss.work<TFeedPollJob>(CONSENT_FEED_QUEUE, { pollingIntervalSeconds: 1 }, async ([job]) => {
    const { organisationId, environment } = job?.data ?? {};
    if (organisationId && environment) await pollConsentFeed({ db, organisationId, environment, enqueue });
    else await pollAllConsentFeeds({ db, enqueue });
  });
  const allowPrivate = allowPrivateWebhookTargets();
  await boss.work(
    CONSENT_WEBHOOK_QUEUE,
    { pollingIntervalSeconds: 1, includeMetadata: true },
    async ([job]: JobWithMetadata<{ deliveryId: string }>[]) => {
      if (!job) return;
      await deliverWebhook({
        db,
        deliveryId: job.data.deliveryId,
        lastAttempt: job.retryCount >= job.retryLimit,
        allowPrivate,
      });
    },
  );
}
