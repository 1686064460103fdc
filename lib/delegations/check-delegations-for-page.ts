import "server-only";
import { logger } from "@/lib/platform/logger";
import { withinLiveCheckLimit } from "@/lib/platform/rate-limit/within-live-check-limit";
import { UPSTREAM_ENVIRONMENTS, type TUpstreamEnvironment } from "@/lib/platform/environment";
import { checkDelegations, type TDelegationStatus } from "./check-delegations";
import type { TDelegationPurpose } from "./required-scopes";

export type TDelegationsByEnvironment = Partial<Record<TUpstreamEnvironment, TDelegationStatus>>;

/**
 * The delegations a page shows (the overview's in both environments, the integration kit's consent scopes in test),
 * checked while the page streams (issue 17: the status is in the first response, not asked for after hydration). It
 * counts as one live check of the person's, the limit the delegations route holds them to; over the limit, or when it
 * fails, it is null, and the panel asks the route itself, which says why.
 */
export async function checkDelegationsForPage(options: {
  userId: string;
  organisation: { orgNumber: string; scopePrefix: string | null };
  purpose?: TDelegationPurpose;
  environments?: readonly TUpstreamEnvironment[];
}): Promise<TDelegationsByEnvironment | null> {
  try {
    if (!(await withinLiveCheckLimit(options.userId))) return null;
    const environments = options.environments ?? UPSTREAM_ENVIRONMENTS;
    const statuses = await Promise.all(
      environments.map((environment) =>
        checkDelegations({ environment, organisation: options.organisation, purpose: options.purpose }),
      ),
    );
    return Object.fromEntries(statuses.map((status) => [status.environment, status]));
  } catch (error) {
    // The page stays up: the panel asks the delegations route, which shows the failure in its place.
    logger.warn({ err: error, orgNumber: options.organisation.orgNumber }, "delegations not checked while streaming");
    return null;
  }
}
