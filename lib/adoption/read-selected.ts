import "server-only";
import { notServiceOwner } from "./adoption-errors";
import type { TAdoptableKind, TAdoptableResource, TAdoptableScope } from "./adoptable";
import type { TPortalInventory } from "./portal-inventory";
import { readUpstreamAccessLists, type TUpstreamAccessList } from "./read-upstream-access-lists";
import { readUpstreamClients, type TUpstreamClient } from "./read-upstream-clients";
import { readUpstreamResources } from "./read-upstream-resources";
import { readUpstreamScopes } from "./read-upstream-scopes";
import { toUpstreamEnv, type TEnvironment } from "@/lib/platform/environment";

export type TSelectedObject =
  | { kind: "scope"; key: string; value: TAdoptableScope }
  | { kind: "resource"; key: string; value: TAdoptableResource }
  | { kind: "accessList"; key: string; value: TUpstreamAccessList }
  | { kind: "client"; key: string; value: TUpstreamClient };

type TOrganisation = { orgNumber: string; orgCode: string | null; scopePrefix: string | null };

/**
 * The selected objects as upstream has them now (read again, not taken from the page: the page may be old), each
 * in full (every member of a list, every public key of a client). Selected objects the portal already has, or that
 * upstream no longer has, are not among them; the caller names them.
 */
export async function readSelected(options: {
  organisation: TOrganisation;
  environment: TEnvironment;
  kind: TAdoptableKind;
  keys: readonly string[];
  known: TPortalInventory;
}): Promise<TSelectedObject[]> {
  const { organisation, known } = options;
  const selected = new Set(options.keys);
  const skip = (inPortal: Set<string>) => (key: string) => inPortal.has(key) || !selected.has(key);
  const target = { environment: toUpstreamEnv(options.environment), actingFor: organisation.orgNumber };
  const { orgCode, scopePrefix } = organisation;
  switch (options.kind) {
    case "scope": {
      if (!scopePrefix) throw notServiceOwner();
      const scopes = await readUpstreamScopes(target, scopePrefix, skip(known.scopes));
      return scopes.map((value) => ({ kind: "scope", key: value.key, value }));
    }
    case "resource": {
      if (!orgCode) throw notServiceOwner();
      const owner = { orgNumber: organisation.orgNumber, orgCode };
      const resources = await readUpstreamResources(target, owner, {
        isKnown: skip(known.resources),
        knownScopes: known.scopeNames,
      });
      return resources.map((value) => ({ kind: "resource", key: value.key, value }));
    }
    case "accessList": {
      if (!orgCode) throw notServiceOwner();
      const lists = await readUpstreamAccessLists(
        { ...target, owner: orgCode },
        { isKnown: skip(known.accessLists), resourcesInPortal: known.ownResources, only: [...selected] },
      );
      return lists.map((value) => ({ kind: "accessList", key: value.key, value }));
    }
    case "client": {
      const clients = await readUpstreamClients(target, skip(known.clients));
      return clients.map((value) => ({ kind: "client", key: value.key, value }));
    }
  }
}
