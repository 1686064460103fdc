import "server-only";
import { declareMetric } from "./registry";

const requestDuration = declareMetric("histogram", "portal_http_request_duration_seconds", {
  help: "Time to answer a request to a route handler or page, by method, route pattern and status",
  labelNames: ["method", "route", "status"] as const,
  buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
});

/**
 * Records one answered request. `route` must be the route's pattern (`/api/orgs/[orgNumber]/members`), never the
 * path with its values: a label per organisation number would make the metric unbounded.
 */
export function observeRequest(request: { method: string; route: string; status: number; seconds: number }): void {
  requestDuration().observe(
    { method: request.method.toUpperCase(), route: request.route, status: String(request.status) },
    request.seconds,
  );
}
