import "server-only";
import { collectDefaultMetrics, Registry } from "prom-client";

// One Prometheus registry per process. Next.js may load this module in more than one server bundle (route handlers,
// server actions, instrumentation), so the registry and every metric live on globalThis: a second copy of the module
// finds them instead of registering duplicates (which prom-client refuses).

const globalForMetrics = globalThis as unknown as { portalMetricsRegistry?: Registry };

export function metricsRegistry(): Registry {
  if (!globalForMetrics.portalMetricsRegistry) {
    const registry = new Registry();
    // Process CPU, memory, event-loop lag, GC and handles, prefixed like our own metrics.
    collectDefaultMetrics({ register: registry, prefix: "portal_" });
    globalForMetrics.portalMetricsRegistry = registry;
  }
  return globalForMetrics.portalMetricsRegistry;
}

/** The metric already registered under `name`, or the one `create` makes and registers. */
export function metricOnce<T>(name: string, create: (registry: Registry) => T): T {
  const registry = metricsRegistry();
  return (registry.getSingleMetric(name) as T | undefined) ?? create(registry);
}
