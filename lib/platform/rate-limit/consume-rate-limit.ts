import "server-only";
import pg from "pg";
import { env } from "@/lib/platform/config/env";
import { createRateLimiter, type TConsumeRateLimit } from "./rate-limiter";

// A small pool of its own: Prisma's adapter keeps its pool private, and counting must not wait behind a long query.
/**
 * Requests to the token API (/api/v1, lib/platform/http/token-route-client.ts) per client address and minute: a
 * pipeline makes a handful per run (export, plan, apply), so this only stops a runaway loop or a token guesser.
 */
const API_REQUESTS_PER_MINUTE = 120;

const globalForLimits = globalThis as unknown as { portalRateLimit?: TConsumeRateLimit };

function limiter(): TConsumeRateLimit {
  if (!globalForLimits.portalRateLimit) {
    const config = env();
    const pool = new pg.Pool({
      connectionString: config.DATABASE_URL,
      max: 2,
      application_name: "consent-portal-rate-limit",
    });
    const perMinute = (points: number) => ({ points, durationSeconds: 60 });
    globalForLimits.portalRateLimit = createRateLimiter({
      pool,
      limits: {
        login: perMinute(config.RATE_LIMIT_LOGIN_PER_MINUTE),
        validator: perMinute(config.RATE_LIMIT_VALIDATOR_PER_MINUTE),
        liveChecks: perMinute(config.RATE_LIMIT_LIVE_CHECKS_PER_MINUTE),
        catalogSearch: perMinute(config.RATE_LIMIT_CATALOG_SEARCH_PER_MINUTE),
        api: perMinute(API_REQUESTS_PER_MINUTE),
      },
    });
  }
  return globalForLimits.portalRateLimit;
}

/** The portal's limits, from the environment (lib/platform/config/env-schema.ts): see `TConsumeRateLimit`. */
export const consumeRateLimit: TConsumeRateLimit = (name, key) => limiter()(name, key);
