import "server-only";
import { clientAddress } from "@/lib/platform/rate-limit/client-address";
import { consumeRateLimit } from "@/lib/platform/rate-limit/consume-rate-limit";
import { retryAfterOf } from "@/lib/platform/rate-limit/rate-limiter";

/**
 * The public catalog's search is anonymous, so it is limited per client address (`RATE_LIMIT_CATALOG_SEARCH_PER_MINUTE`).
 * Null when the search may run, else the seconds to wait.
 */
export async function limitCatalogSearch(headers: Headers): Promise<{ retryAfter: number } | null> {
  try {
    await consumeRateLimit("catalogSearch", clientAddress(headers));
    return null;
  } catch (error) {
    const retryAfter = retryAfterOf(error);
    if (retryAfter === null) throw error;
    return { retryAfter };
  }
}
