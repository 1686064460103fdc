import { ZEnvironmentParam } from "@/lib/platform/environment";
import { z } from "zod";
import { checkDelegations } from "@/lib/delegations/check-delegations";
import { DELEGATION_PURPOSES } from "@/lib/delegations/required-scopes";
import { orgRoute } from "@/lib/platform/http/safe-route";

const ZDelegationsQuery = z.object({
  environment: ZEnvironmentParam,
  purpose: z.enum(DELEGATION_PURPOSES).catch("portal"),
});

/** GET ?environment=test|prod[&purpose=consentRequests]: the organisation's delegations to the portal, any member. */
export const GET = orgRoute({ query: ZDelegationsQuery, rateLimit: "liveChecks" }, ({ query, organisation }) =>
  checkDelegations({ environment: query.environment, organisation, purpose: query.purpose }),
);
