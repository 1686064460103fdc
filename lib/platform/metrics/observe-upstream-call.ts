import "server-only";
import { declareMetric } from "./registry";

const callDuration = declareMetric("histogram", "portal_upstream_request_duration_seconds", {
  help: "Time of one HTTP attempt to an upstream API, by API, method and status (or timeout / network)",
  labelNames: ["upstream", "method", "status"] as const,
  buckets: [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
});

const callErrors = declareMetric("counter", "portal_upstream_request_errors_total", {
  help: "Failed upstream HTTP attempts, by API and kind (http, timeout, network, invalid-response)",
  labelNames: ["upstream", "kind"] as const,
});

/** One attempt of an upstream call; `errorKind` when the attempt failed (an UpstreamError's `kind`). */
export function observeUpstreamCall(call: {
  upstream: string;
  method: string;
  /** The HTTP status, or null when no answer came (timeout, network). */
  status: number | null;
  errorKind?: string;
  seconds: number;
}): void {
  const status = call.status === null ? (call.errorKind ?? "none") : String(call.status);
  callDuration().observe({ upstream: call.upstream, method: call.method, status }, call.seconds);
  if (call.errorKind) callErrors().inc({ upstream: call.upstream, kind: call.errorKind });
}
