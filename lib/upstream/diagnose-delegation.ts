import "server-only";
import type { TUpstreamEnvironment } from "@/lib/config/upstream-env-schema";
import type { TDelegationCheck } from "./maskinporten-token-client";
import { upstream } from "./upstream-context";

// Which of the scopes an organisation has delegated to the portal, scope by scope, so the UI can name exactly the
// missing one instead of showing Maskinporten's `invalid_scope` for the whole set.
export function diagnoseDelegation(input: {
  environment: TUpstreamEnvironment;
  consumerOrg: string;
  scopes: readonly string[];
}): Promise<TDelegationCheck[]> {
  return upstream().maskinporten.diagnoseDelegation(input);
}
