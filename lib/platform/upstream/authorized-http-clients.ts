import "server-only";
import { HttpBaseClient } from "./http-base-client";
import { upstream, type UpstreamContext } from "./upstream-context";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

// HTTP clients for the upstream APIs, each authorised with the token its API wants: the Maskinporten admin API and
// Altinn's consent requests take a Maskinporten token; the Resource Registry takes an exchanged Altinn token. The
// token is issued with `consumer_org` = the organisation the portal acts for, so upstream checks that organisation's
// delegation to the portal (and its ownership of what is changed), not the portal's own rights.

export interface ActingFor {
  environment: TUpstreamEnvironment;
  /** Organisation number of the organisation the portal acts for. */
  actingFor: string;
}

type TIssuer = Pick<UpstreamContext["maskinporten"] | UpstreamContext["altinn"], "getToken" | "invalidate">;

/**
 * A client for one upstream API, authorised with a (cached) token from `issuer` for the organisation the portal acts
 * for. A 401 drops that token, so the next call (a retry included) asks for a new one instead of repeating it.
 */
function actingForHttp(
  target: ActingFor,
  name: string,
  baseUrl: string,
  issuer: TIssuer,
  scopes: readonly string[],
): HttpBaseClient {
  const request = { environment: target.environment, scopes, consumerOrg: target.actingFor };
  return new HttpBaseClient({
    baseUrl,
    name: `${name}:${target.environment}`,
    getAuthHeader: async () => `Bearer ${await issuer.getToken(request)}`,
    onUnauthorized: () => issuer.invalidate(request),
  });
}

export function maskinportenAdminHttp(target: ActingFor, scope: string): HttpBaseClient {
  const context = upstream();
  const { adminApiUrl } = context.config(target.environment).maskinporten;
  return actingForHttp(target, "maskinporten-admin", adminApiUrl, context.maskinporten, [scope]);
}

export function resourceRegistryHttp(target: ActingFor, scopes: readonly string[]): HttpBaseClient {
  const context = upstream();
  const { resourceRegistryUrl } = context.config(target.environment).altinn;
  return actingForHttp(target, "resource-registry", resourceRegistryUrl, context.altinn, scopes);
}

/** Altinn's decision point (`{platform}/authorization/api/v1`), with an exchanged Altinn token like the registry. */
export function authorizationHttp(target: ActingFor, scope: string): HttpBaseClient {
  const context = upstream();
  const { platformUrl } = context.config(target.environment).altinn;
  return actingForHttp(target, "authorization", `${platformUrl}/authorization/api/v1`, context.altinn, [scope]);
}

export function consentRequestsHttp(target: ActingFor, scope: string): HttpBaseClient {
  const context = upstream();
  const { consentRequestsUrl } = context.config(target.environment).altinn;
  // Altinn's enterprise consent API takes the Maskinporten token itself (docs.altinn.studio, "Consent on behalf
  // of others"), no exchange.
  return actingForHttp(target, "consent-requests", consentRequestsUrl, context.maskinporten, [scope]);
}
