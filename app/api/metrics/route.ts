import { senderBoss } from "@/lib/platform/jobs/sender-boss";
import { renderMetrics } from "@/lib/platform/metrics/render-metrics";

export const dynamic = "force-dynamic";

/**
 * Prometheus scrape of this web replica: request latency, upstream latency and errors, the upstream queue's depth
 * and the process's own metrics. Labels carry route patterns, API names and change kinds, never users or ids; still,
 * expose it inside the cluster only (deploy/ routes no Ingress to it).
 */
export async function GET() {
  const { contentType, body } = await renderMetrics({ boss: senderBoss });
  return new Response(body, { headers: { "content-type": contentType, "cache-control": "no-store" } });
}
