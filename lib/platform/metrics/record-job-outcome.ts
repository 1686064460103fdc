import "server-only";
import { declareMetric } from "./registry";

const outcomes = declareMetric("counter", "portal_upstream_job_outcomes_total", {
  help: "Upstream change jobs run by the worker, by change kind and outcome (synced, failed, retry, skipped, ...)",
  labelNames: ["kind", "outcome"] as const,
});

const attempts = declareMetric("histogram", "portal_upstream_job_attempts", {
  help: "Attempt number at which an upstream change job ended, by change kind and outcome",
  labelNames: ["kind", "outcome"] as const,
  // pg-boss retries a change ten times (UPSTREAM_QUEUE_OPTIONS.retryLimit): attempts 1 to 11.
  buckets: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
});

/** One run of an upstream change job ended; `attempts` counts this run (1 for the first). */
export function recordJobOutcome(kind: string, outcome: string, attemptNumber: number): void {
  outcomes().inc({ kind, outcome });
  attempts().observe({ kind, outcome }, attemptNumber);
}
