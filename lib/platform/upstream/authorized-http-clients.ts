import "server-only";
import { HttpBaseClient } from "./http-base-client";
import { upstream } from "./upstream-context";
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

export function maskinportenAdminHttp(target: ActingFor, scope: string): HttpBaseClient {
  const context = upstream();
  return new HttpBaseClient({
    baseUrl: context.config(target.environment).maskinporten.adminApiUrl,
    name: `maskinporten-admin:${target.environment}`,
    getAuthHeader: async () =>
      `Bearer ${await context.maskinporten.getToken({ environment: target.environment, scopes: [scope], consumerOrg: target.actingFor })}`,
  });
}

export function resourceRegistryHttp(target: ActingFor, scopes: readonly string[]): HttpBaseClient {
  const context = upstream();
  return new HttpBaseClient({
    baseUrl: context.config(target.environment).altinn.resourceRegistryUrl,
    name: `resource-registry:${target.environment}`,
    getAuthHeader: async () =>
      `Bearer ${await context.altinn.getToken({ environment: target.environment, scopes, consumerOrg: target.actingFor })}`,
  });
}

export function consentRequestsHttp(target: ActingFor, scope: string): HttpBaseClient {
  const context = upstream();
  return new HttpBaseClient({
    baseUrl: context.config(target.environment).altinn.consentRequestsUrl,
    name: `consent-requests:${target.environment}`,
    // Altinn's enterprise consent API takes the Maskinporten token itself (docs.altinn.studio, "Consent on behalf
    // of others"), no exchange.
    getAuthHeader: async () =>
      `Bearer ${await context.maskinporten.getToken({ environment: target.environment, scopes: [scope], consumerOrg: target.actingFor })}`,
  });
}
