import "server-only";
import { db } from "@/lib/platform/db/prisma";
import { CONSENT_API_SCOPES } from "./schemas";
import { type TUpstreamEnvironment, fromUpstreamEnv } from "@/lib/platform/environment";

/**
 * The scopes offered as checkboxes on a new client: the consent API scopes, and the service owners' scopes granted
 * to the organisation through access requests in this environment (their scope-access grants). Other scopes may be
 * typed by name; Maskinporten refuses those the organisation has no access to, and the client's sync state says so.
 */
export async function availableClientScopes(options: {
  organisationId: string;
  environment: TUpstreamEnvironment;
}): Promise<string[]> {
  const grants = await db().accessRequestGrant.findMany({
    where: {
      kind: "scope-access",
      operation: "grant",
      request: {
        consumerOrganisationId: options.organisationId,
        environment: fromUpstreamEnv(options.environment),
        status: "ACTIVE",
      },
    },
    select: { target: true },
  });
  return [...new Set([...CONSENT_API_SCOPES, ...grants.map((grant) => grant.target)])];
}
