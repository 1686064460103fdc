import "server-only";
import { logger } from "@/lib/platform/logger";
import { withinLiveCheckLimit } from "@/lib/platform/rate-limit/within-live-check-limit";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";
import { verifyChecklist, type TChecklistResult } from "./verify-checklist";

/**
 * The checklist's live status for its page, verified while the page streams (issue 17: the steps are in the first
 * response, not asked for after hydration). It counts as one live check of the person's, as the status route does;
 * over the limit, or when it fails, it is null, and the view asks the route itself, which says why.
 */
export async function verifyChecklistForPage(options: {
  userId: string;
  organisation: { id: string; orgNumber: string };
  environment: TUpstreamEnvironment;
}): Promise<TChecklistResult | null> {
  try {
    if (!(await withinLiveCheckLimit(options.userId))) return null;
    return await verifyChecklist(options.organisation, options.environment);
  } catch (error) {
    // The page stays up: the view asks the status route, which shows the failure where the steps would be.
    logger.warn({ err: error, orgNumber: options.organisation.orgNumber }, "checklist not verified while streaming");
    return null;
  }
}
