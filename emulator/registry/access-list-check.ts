import type { EnvName } from "../state/environments";
import { allAccessLists } from "./access-list-store";
import { getResource } from "./resource-store";

/**
 * Whether `orgNumber` may perform `action` (e.g. "requestconsent") on the resource as far
 * as access lists go: resources without `accessListMode: "Enabled"` are open to all;
 * otherwise the organisation must be a member of a connected list whose action filter
 * is empty (all actions) or names the action.
 */
export function isOrgAllowedByAccessLists(env: EnvName, resourceId: string, orgNumber: string, action: string): boolean {
  const resource = getResource(env, resourceId)?.resource;
  if (!resource || resource.accessListMode !== "Enabled") return true;
  for (const list of allAccessLists(env)) {
    const connection = list.connections.get(resourceId);
    if (!connection || !list.members.has(orgNumber)) continue;
    if (!connection.actionFilters?.length || connection.actionFilters.includes(action)) return true;
  }
  return false;
}
