// Retrying transient upstream failures with exponential backoff and full jitter, shared by the HTTP base client
// and the Maskinporten token client (which must sign a fresh assertion per attempt, so it drives its own loop).
import { UpstreamError } from "./upstream-error";

export interface RetryOptions {
  /** Attempts after the first one. */
  retries: number;
  /** First backoff ceiling in ms; doubles per attempt up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { retries: 2, baseDelayMs: 250, maxDelayMs: 4_000 };

/** Full jitter (AWS architecture blog, "Exponential Backoff And Jitter"): spreads retries of many callers. */
export function backoffDelay(attempt: number, options: RetryOptions, retryAfterMs?: number): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt);
  const jittered = Math.random() * ceiling;
  // Honour Retry-After when the upstream gives one, but never wait longer than our own ceiling.
  return retryAfterMs === undefined ? jittered : Math.min(options.maxDelayMs, Math.max(jittered, retryAfterMs));
}

/** Retry-After as seconds or an HTTP date, in ms; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` until it succeeds, fails with a non-retryable error, or the retries are used up. Only
 * `UpstreamError`s marked `retryable` are retried; `retryAfterMs` may be attached by the caller via the callback.
 */
export async function retryWithBackoff<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  options: RetryOptions,
  retryAfter?: (error: UpstreamError) => number | undefined,
): Promise<T> {
  for (let n = 0; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      if (!(error instanceof UpstreamError) || !error.retryable || n >= options.retries) throw error;
      await sleep(backoffDelay(n, options, retryAfter?.(error)));
    }
  }
}
