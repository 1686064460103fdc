import "server-only";
import type { TDelegationCheck } from "./maskinporten-token-client";
import { upstream } from "./upstream-context";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

// Which of the scopes an organisation has delegated to the portal, scope by scope, so the UI can name exactly the
// missing one instead of showing Maskinporten's `invalid_scope` for the whole set.
export function diagnoseDelegation(input: {
  environment: TUpstreamEnvironment;
  consumerOrg: string;
  scopes: readonly string[];
}): Promise<TDelegationCheck[]> {
  return upstream().maskinporten.diagnoseDelegation(input);
}
