import { z } from "zod";
import { orgRoute } from "@/lib/platform/http/safe-route";
import { compareWithMaskinporten } from "@/lib/scopes/compare-with-maskinporten";
import { listScopes } from "@/lib/scopes/list-scopes";
import { ZEnvironmentParam } from "@/lib/platform/environment";

const ZQuery = z.object({ environment: ZEnvironmentParam });

/** GET ?environment=test|prod: how each of the organisation's scopes compares with Maskinporten, any member. */
export const GET = orgRoute({ query: ZQuery, rateLimit: "liveChecks" }, async ({ query, organisation }) => {
  if (!organisation.scopePrefix) return {};
  const scopes = await listScopes({ organisationId: organisation.id, environment: query.environment });
  return compareWithMaskinporten({ environment: query.environment, orgNumber: organisation.orgNumber, scopes });
});
