import "server-only";
import type { Pool } from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "@/lib/platform/errors/app-error";
import { logger } from "@/lib/platform/logger";

// rate-limiter-flexible's PostgreSQL store: one atomic INSERT … ON CONFLICT per request on the portal's own database,
// so every web replica counts against the same limit, with no Redis to run. Its table is `RateLimitCounter`, created by a
// migration (prisma/migrations/20261130100200_rate_limit_counters), so the library never runs DDL at request time.

/** The limited operations; each is counted per key (a user id, or a client address for anonymous requests). */
export type TRateLimitName = "login" | "validator" | "liveChecks" | "catalogSearch" | "api";

export type TRateLimits = Record<TRateLimitName, { points: number; durationSeconds: number }>;

/** Counts one request for `key` under the limit `name`; throws RATE_LIMITED (with `retryAfter` seconds) when over. */
export type TConsumeRateLimit = (name: TRateLimitName, key: string) => Promise<void>;

export const rateLimited = (retryAfterSeconds: number) =>
  new AppError("RATE_LIMITED", "rateLimited", { values: { retryAfter: retryAfterSeconds } });

/** `Retry-After` of a RATE_LIMITED error (whole seconds, at least 1), or null for any other error. */
export function retryAfterOf(error: unknown): number | null {
  if (!(error instanceof AppError) || error.code !== "RATE_LIMITED") return null;
  const value = Number(error.options.values?.retryAfter);
  return Number.isFinite(value) && value >= 1 ? Math.ceil(value) : 1;
}

export function createRateLimiter(options: { pool: Pool; limits: TRateLimits }): TConsumeRateLimit {
  const limiters = new Map<TRateLimitName, RateLimiterPostgres>();
  const limiterFor = (name: TRateLimitName) => {
    let limiter = limiters.get(name);
    if (!limiter) {
      limiter = new RateLimiterPostgres({
        storeClient: options.pool,
        storeType: "pool",
        tableName: "RateLimitCounter",
        tableCreated: true,
        keyPrefix: name,
        points: options.limits[name].points,
        duration: options.limits[name].durationSeconds,
      });
      limiters.set(name, limiter);
    }
    return limiter;
  };
  return async (name, key) => {
    try {
      await limiterFor(name).consume(key.slice(0, 200));
    } catch (error) {
      if (error instanceof RateLimiterRes) throw rateLimited(Math.ceil(error.msBeforeNext / 1000));
      // The limiter's database is the portal's: when it fails, the request would fail anyway. Fail open, so a
      // counting problem never locks people out, and say so in the log.
      logger.warn({ err: error, limit: name }, "rate limit not counted");
    }
  };
}
