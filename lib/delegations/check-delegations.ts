import "server-only";
import { diagnoseDelegation } from "@/lib/platform/upstream/diagnose-delegation";
import { isUpstreamError } from "@/lib/platform/upstream/upstream-error";
import { scopesFor, type TDelegationPurpose } from "./required-scopes";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

export type TDelegationStatus = {
  environment: TUpstreamEnvironment;
  /** `unknown` when Maskinporten could not be asked (timeout, 5xx): nothing is claimed either way. */
  state: "complete" | "missing" | "unknown";
  scopes: { scope: string; delegated: boolean; reason?: string }[];
  unknownReason?: string;
};

/** Asks Maskinporten, scope by scope, which of the scopes the portal needs this organisation has delegated. */
export async function checkDelegations(options: {
  environment: TUpstreamEnvironment;
  organisation: { orgNumber: string; scopePrefix: string | null };
  /** `portal` (default): what the portal needs to manage the organisation; `consentRequests`: the integration kit. */
  purpose?: TDelegationPurpose;
}): Promise<TDelegationStatus> {
  const scopes = scopesFor(options.purpose ?? "portal", options.organisation);
  try {
    const checks = await diagnoseDelegation({
      environment: options.environment,
      consumerOrg: options.organisation.orgNumber,
      scopes,
    });
    const result = checks.map((check) => ({ scope: check.scope, delegated: check.ok, reason: check.reason }));
    return {
      environment: options.environment,
      state: result.every((r) => r.delegated) ? "complete" : "missing",
      scopes: result,
    };
  } catch (error) {
    const unknownReason = isUpstreamError(error)
      ? `${error.upstream}: ${error.kind}${error.status ? ` ${error.status}` : ""}`
      : "unexpected error";
    return {
      environment: options.environment,
      state: "unknown",
      scopes: scopes.map((scope) => ({ scope, delegated: false })),
      unknownReason,
    };
  }
}
