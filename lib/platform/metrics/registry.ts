import "server-only";
import {
  collectDefaultMetrics,
  Counter,
  type CounterConfiguration,
  Gauge,
  type GaugeConfiguration,
  Histogram,
  type HistogramConfiguration,
  Registry,
} from "prom-client";

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

const KINDS = { histogram: Histogram, counter: Counter, gauge: Gauge };
type TKinds<L extends string> = {
  histogram: [HistogramConfiguration<L>, Histogram<L>];
  counter: [CounterConfiguration<L>, Counter<L>];
  gauge: [GaugeConfiguration<L>, Gauge<L>];
};

/**
 * A metric declared once, by kind and name: `declareMetric("histogram", name, { help, labelNames, buckets })` gives a
 * function that returns the registered metric, creating and registering it on first use.
 */
export function declareMetric<K extends keyof typeof KINDS, L extends string>(
  kind: K,
  name: string,
  declared: Omit<TKinds<L>[K][0], "name" | "registers" | "labelNames"> & { labelNames: readonly L[] },
): () => TKinds<L>[K][1] {
  const configure = (registry: Registry) => ({ ...declared, name, registers: [registry] }) as never;
  return () => metricOnce(name, (registry) => new KINDS[kind](configure(registry)) as TKinds<L>[K][1]);
}
