import "server-only";
import type { TDb, TTx } from "@/lib/platform/db/prisma";
import type { TEnvironment } from "@/lib/platform/environment";

/** What the portal already has of an organisation in an environment, by the names upstream uses. */
export type TPortalInventory = {
  scopes: Set<string>;
  /** Every consent resource identifier in the portal (identifiers are unique across organisations, as upstream). */
  resources: Set<string>;
  /** This organisation's consent resources, which an adopted list's connections can link to. */
  ownResources: Set<string>;
  accessLists: Set<string>;
  clients: Set<string>;
  /** The organisation's scope names in any environment: what a consent resource may reference. */
  scopeNames: Set<string>;
};

export async function readPortalInventory(
  db: TDb | TTx,
  organisationId: string,
  environment: TEnvironment,
): Promise<TPortalInventory> {
  const [scopes, resources, accessLists, clients] = await Promise.all([
    db.maskinportenScope.findMany({
      where: { organisationId },
      select: { prefix: true, subscope: true, environment: true },
    }),
    db.consentResource.findMany({ select: { identifier: true, organisationId: true } }),
    db.accessList.findMany({ where: { organisationId, environment }, select: { identifier: true } }),
    db.maskinportenClient.findMany({ where: { clientId: { not: null } }, select: { clientId: true } }),
  ]);
  const name = (scope: { prefix: string; subscope: string }) => `${scope.prefix}:${scope.subscope}`;
  return {
    scopes: new Set(scopes.filter((scope) => scope.environment === environment).map(name)),
    resources: new Set(resources.map((resource) => resource.identifier)),
    ownResources: new Set(resources.filter((r) => r.organisationId === organisationId).map((r) => r.identifier)),
    accessLists: new Set(accessLists.map((list) => list.identifier)),
    clients: new Set(clients.flatMap((client) => (client.clientId ? [client.clientId] : []))),
    scopeNames: new Set(scopes.map(name)),
  };
}
