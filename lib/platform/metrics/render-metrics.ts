import "server-only";
import type { PgBoss } from "pg-boss";
import { logger } from "@/lib/platform/logger";
import { updateQueueDepth } from "./queue-depth";
import { metricsRegistry } from "./registry";

/**
 * The process's metrics in Prometheus's text format. The queue depth is read first; when the queue cannot be read
 * the scrape still answers (with the last known depth), so one slow query never hides every other metric.
 */
export async function renderMetrics(options: { boss?: () => Promise<PgBoss> } = {}): Promise<{
  contentType: string;
  body: string;
}> {
  if (options.boss) {
    await options
      .boss()
      .then(updateQueueDepth)
      .catch((error: unknown) => logger.warn({ err: error }, "queue depth not read for metrics"));
  }
  const registry = metricsRegistry();
  return { contentType: registry.contentType, body: await registry.metrics() };
}
