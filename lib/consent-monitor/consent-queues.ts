import "server-only";
import { fromPrisma, type PgBoss, type Queue } from "pg-boss";
import type { TTx } from "@/lib/platform/db/prisma";
import type { TEnvironment } from "@/lib/platform/environment";

// The consent monitor's two pg-boss queues, beside the upstream queue (lib/platform/jobs/boss.ts), worked by
// start-consent-monitor.ts in the worker.

/** Reading the feed: every minute for every tracked consumer and environment (pg-boss's cron), or one "Check now". */
export const CONSENT_FEED_QUEUE = "consent-feed-poll";
/** One job per webhook delivery, retried with exponential backoff (about 5 s, 10 s, 20 s … capped at 10 minutes). */
export const CONSENT_WEBHOOK_QUEUE = "consent-webhook-delivery";

export const CONSENT_QUEUE_OPTIONS = {
  [CONSENT_FEED_QUEUE]: { retryLimit: 2, retryDelay: 5, expireInSeconds: 300, notify: true },
  [CONSENT_WEBHOOK_QUEUE]: {
    retryLimit: 8,
    retryDelay: 5,
    retryBackoff: true,
    retryDelayMax: 600,
    expireInSeconds: 60,
    notify: true,
  },
} as const satisfies Record<string, Omit<Queue, "name">>;

export type TFeedPollJob = { organisationId?: string; environment?: TEnvironment };

const ensured = new WeakSet<PgBoss>();

/** Creates the queues (or brings their policy up to date); once per pg-boss instance. */
export async function ensureConsentQueues(boss: PgBoss): Promise<void> {
  if (ensured.has(boss)) return;
  for (const [name, options] of Object.entries(CONSENT_QUEUE_OPTIONS)) {
    if (await boss.getQueue(name)) await boss.updateQueue(name, options);
    else
      await boss.createQueue(name, options).catch(async (error: unknown) => {
        if (!(await boss.getQueue(name))) throw error; // another process created it first
      });
  }
  ensured.add(boss);
}

/** Queues one delivery in the caller's transaction: the delivery row and its job commit together or not at all. */
export async function sendWebhookDeliveryJob(boss: PgBoss, tx: TTx, deliveryId: string): Promise<void> {
  await ensureConsentQueues(boss);
  await boss.send(CONSENT_WEBHOOK_QUEUE, { deliveryId }, { db: fromPrisma(tx) });
}

/** "Check now": one read of one consumer's feed; a second click while one runs is harmless (read-consent-feed.ts). */
export async function sendFeedPollJob(boss: PgBoss, job: Required<TFeedPollJob>): Promise<void> {
  await ensureConsentQueues(boss);
  await boss.send(CONSENT_FEED_QUEUE, job);
}
