import "server-only";
import { PgBoss, type Queue } from "pg-boss";

// The job queue is pg-boss on the portal's own PostgreSQL: jobs are rows, so a job can be enqueued in
// the same transaction as the change it carries out, and nothing is lost when a process stops.

export const UPSTREAM_QUEUE = "upstream-change";

/**
 * Retries back off exponentially with jitter (about 1 s, 2 s, 4 s … capped at 20 s), ten times, so a
 * change either lands within a few minutes or is shown as failed with a retry button. A worker that
 * dies mid-job stops sending heartbeats, so its job is retried after 10 s instead of the 2-minute expiry.
 */
export const UPSTREAM_QUEUE_OPTIONS = {
  retryLimit: 10,
  retryDelay: 1,
  retryBackoff: true,
  retryDelayMax: 20,
  expireInSeconds: 120,
  heartbeatSeconds: 10,
  // Creating a job sends a NOTIFY with the enqueuing transaction's commit, which wakes the workers at once.
  notify: true,
} as const satisfies Omit<Queue, "name">;

/** A pg-boss instance; the portal's only sends (no maintenance), the worker's runs everything. */
export async function startBoss(connectionString: string, role: "sender" | "worker"): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString,
    application_name: `consent-portal-${role}`,
    // The worker listens (one connection of its own); the portal only sends, and its NOTIFY goes with its commit.
    ...(role === "sender" ? { supervise: false, schedule: false } : { useListenNotify: true }),
  });
  boss.on("error", (error) => console.error(`[pg-boss ${role}]`, error instanceof Error ? error.message : error));
  await boss.start();
  // Create the queue, or bring an existing one's retry policy up to date with this code.
  if (await boss.getQueue(UPSTREAM_QUEUE)) {
    await boss.updateQueue(UPSTREAM_QUEUE, UPSTREAM_QUEUE_OPTIONS);
  } else {
    await boss.createQueue(UPSTREAM_QUEUE, UPSTREAM_QUEUE_OPTIONS).catch(async (error: unknown) => {
      if (!(await boss.getQueue(UPSTREAM_QUEUE))) throw error; // another process created it first
    });
  }
  return boss;
}
