import "server-only";
import { logger } from "@/lib/platform/logger";
import { withinLiveCheckLimit } from "@/lib/platform/rate-limit/within-live-check-limit";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";
import { compareWithMaskinporten, type TScopeInMaskinporten } from "./compare-with-maskinporten";
import type { TScopeWithSync } from "./list-scopes";

/**
 * The scopes page's comparison with Maskinporten, made while the page streams (issue 17: the answer comes with the
 * page, so the live query needs no library at first visit). Not made while a scope's change is on its way: the page
 * then re-renders every second or so until it settles (use-refresh-while-pending.ts), and each render would ask
 * Maskinporten again; the list asks its route once instead, and again when the change has moved on, as before. Counts
 * as one live check of the person's, as the route does; over the limit, or on a failure, null: the list asks the route,
 * which says why.
 */
export async function compareScopesForPage(options: {
  userId: string;
  orgNumber: string;
  environment: TUpstreamEnvironment;
  scopes: TScopeWithSync[];
}): Promise<Record<string, TScopeInMaskinporten> | null> {
  const { scopes } = options;
  if (scopes.length === 0 || scopes.some((scope) => scope.sync?.status === "PENDING")) return null;
  try {
    if (!(await withinLiveCheckLimit(options.userId))) return null;
    return await compareWithMaskinporten({ environment: options.environment, orgNumber: options.orgNumber, scopes });
  } catch (error) {
    logger.warn({ err: error, orgNumber: options.orgNumber }, "scopes not compared while streaming");
    return null;
  }
}
