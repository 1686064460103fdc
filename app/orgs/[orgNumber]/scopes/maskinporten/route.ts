import { z } from "zod";
import { orgRoute } from "@/lib/http/safe-route";
import { compareWithMaskinporten } from "@/lib/scopes/compare-with-maskinporten";
import { listScopes } from "@/lib/scopes/list-scopes";
import { ZScopeEnvironment } from "@/lib/scopes/schemas";

const ZQuery = z.object({ environment: ZScopeEnvironment });

/** GET ?environment=test|prod: how each of the organisation's scopes compares with Maskinporten, any member. */
export const GET = orgRoute({ query: ZQuery }, async ({ query, organisation }) => {
  if (!organisation.scopePrefix) return {};
  const scopes = await listScopes({ organisationId: organisation.id, environment: query.environment });
  return compareWithMaskinporten({ environment: query.environment, orgNumber: organisation.orgNumber, scopes });
});
