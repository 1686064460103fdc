import type { AltinnCaller } from "../altinn/require-altinn-token";
import { registryProblems } from "./registry-problems";
import { resourceOwnerOrg } from "./resource-store";

export const RESOURCE_ADMIN_SCOPE = "altinn:resourceregistry/resource.admin";

/**
 * AuthorizationUtil.HasWriteAccess (Altinn/altinn-resource-registry, src/Altinn.ResourceRegistry/Utils/
 * AuthorizationUtil.cs): the resource.admin scope, or the token's consumer organisation number equals
 * `hasCompetentAuthority.organization`. The org code is not consulted, so a resource without an
 * organisation number can only be written with resource.admin.
 */
export function callerHasWriteAccess(caller: AltinnCaller, resource: Record<string, unknown>): boolean {
  if (caller.scopes.includes(RESOURCE_ADMIN_SCOPE)) return true;
  const { organization } = resourceOwnerOrg(resource);
  return organization !== undefined && organization.toLowerCase() === caller.orgNumber.toLowerCase();
}

/** `Forbid()`: a bare 403. */
export function assertWriteAccess(caller: AltinnCaller, resource: Record<string, unknown>): void {
  if (!callerHasWriteAccess(caller, resource)) throw registryProblems.forbidden();
}
