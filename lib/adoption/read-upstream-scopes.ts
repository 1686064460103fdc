import "server-only";
import pLimit from "p-limit";
import type { ActingFor } from "@/lib/platform/upstream/authorized-http-clients";
import { listOwnScopes, listScopeAccess } from "@/lib/platform/upstream/maskinporten-scopes-client";
import type { TAdoptableScope } from "./adoptable";

/** A few reads at a time: enough to be quick, few enough not to look like a flood to Maskinporten. */
export const UPSTREAM_READS_AT_ONCE = 4;

/**
 * The organisation's scopes under its prefix in Maskinporten that `isKnown` says the portal does not have, each with
 * the consumers granted it (an APPROVED access; a denied one grants nothing).
 */
export async function readUpstreamScopes(
  target: ActingFor,
  prefix: string,
  isKnown: (name: string) => boolean,
): Promise<TAdoptableScope[]> {
  const scopes = (await listOwnScopes(target)).filter(
    (scope) => scope.prefix === prefix && !isKnown(`${scope.prefix}:${scope.subscope}`),
  );
  const limit = pLimit(UPSTREAM_READS_AT_ONCE);
  return Promise.all(
    scopes.map((scope) =>
      limit(async (): Promise<TAdoptableScope> => {
        const name = `${scope.prefix}:${scope.subscope}`;
        const access = await listScopeAccess(target, name);
        return {
          key: name,
          name,
          prefix: scope.prefix,
          subscope: scope.subscope,
          description: scope.description ?? "",
          longDescription: scope.long_description ?? null,
          visibility: scope.visibility === "PRIVATE" ? "PRIVATE" : "PUBLIC",
          tokenLifetimeSeconds: scope.at_max_age ?? null,
          allowedIntegrationTypes: scope.allowed_integration_types ?? ["maskinporten"],
          active: scope.active ?? true,
          consumers: access.filter((grant) => (grant.state ?? "APPROVED") === "APPROVED").map((g) => g.consumer_orgno),
        };
      }),
    ),
  );
}
