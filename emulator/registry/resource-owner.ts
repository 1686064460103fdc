import type { AltinnCaller } from "../altinn/require-altinn-token";
import { registryProblems } from "./registry-problems";
import { resourceOwnerOrg } from "./resource-store";

/**
 * Whether the caller's organisation is the resource's competent authority. Altinn matches
 * on the organisation number; the org code is accepted too, as the registry's
 * ResourceOwner requirement compares org codes.
 */
export function callerOwnsResource(caller: AltinnCaller, resource: Record<string, unknown>): boolean {
  const { organization, orgcode } = resourceOwnerOrg(resource);
  if (organization !== undefined && organization === caller.orgNumber) return true;
  return orgcode !== undefined && caller.orgCode !== undefined && orgcode.toLowerCase() === caller.orgCode.toLowerCase();
}

export function assertCallerOwnsResource(caller: AltinnCaller, resource: Record<string, unknown>): void {
  if (!callerOwnsResource(caller, resource)) {
    const { organization, orgcode } = resourceOwnerOrg(resource);
    throw registryProblems.notOwner(
      `Organisation ${caller.orgNumber} is not the competent authority of this resource (${organization ?? orgcode ?? "none given"})`,
    );
  }
}
