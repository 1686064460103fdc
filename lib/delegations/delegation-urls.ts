import type { TUpstreamEnvironment } from "@/lib/platform/environment";

// The delegations route's addresses, for the panels that ask them (client components) and the pages that preload them
// (server components): one module both may import.

/** The delegations route for one environment: what the overview's panel asks, and what its page preloads. */
export const delegationsUrl = (orgNumber: string, environment: TUpstreamEnvironment) =>
  `/api/orgs/${orgNumber}/delegations?environment=${environment}`;

/** The consent scopes in test: what the kit's preflight asks, and what the kit's page preloads. */
export const kitDelegationsUrl = (orgNumber: string) =>
  `/api/orgs/${orgNumber}/delegations?environment=test&purpose=consentRequests`;
