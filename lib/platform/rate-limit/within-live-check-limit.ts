import "server-only";
import { consumeRateLimit } from "./consume-rate-limit";
import { retryAfterOf } from "./rate-limiter";

/**
 * Counts one live check (a page asking upstream while it streams) against the person's `liveChecks` limit, as the
 * live-check routes do; false when over it, so the page leaves the check to its route, which tells the person why.
 */
export async function withinLiveCheckLimit(userId: string): Promise<boolean> {
  try {
    await consumeRateLimit("liveChecks", userId);
    return true;
  } catch (error) {
    if (retryAfterOf(error) !== null) return false;
    throw error;
  }
}
