import "server-only";
import { logger } from "@/lib/platform/logger";
import { db } from "@/lib/platform/db/prisma";
import { toUpstreamEnv, type TEnvironment } from "@/lib/platform/environment";
import type { TAdoptionInventory, TSection } from "./adoptable";
import { readPortalInventory } from "./portal-inventory";
import { readUpstreamAccessLists } from "./read-upstream-access-lists";
import { readUpstreamClients } from "./read-upstream-clients";
import { readUpstreamResources } from "./read-upstream-resources";
import { readUpstreamScopes } from "./read-upstream-scopes";

type TOrganisation = { id: string; orgNumber: string; orgCode: string | null; scopePrefix: string | null };

/** A kind's items, or what went wrong reading them (the page names it; the other kinds still show). */
async function section<T>(kind: string, read: () => Promise<T[]>): Promise<TSection<T>> {
  try {
    return { items: await read() };
  } catch (error) {
    logger.warn({ err: error, kind }, "adoption: could not read upstream");
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Everything of the organisation in the environment that exists upstream and not yet in the portal, read live:
 * a service owner's scopes (with their consumers), consent resources (with policy and problems) and access lists
 * (with member counts and connections), and anyone's Maskinporten clients (public keys only). Consumers have clients
 * only. Objects the portal has (same name, identifier or client id) are left out.
 */
export async function listAdoptable(
  organisation: TOrganisation,
  environment: TEnvironment,
): Promise<TAdoptionInventory> {
  const known = await readPortalInventory(db(), organisation.id, environment);
  const target = { environment: toUpstreamEnv(environment), actingFor: organisation.orgNumber };
  const { orgCode, scopePrefix } = organisation;
  const clients = section("clients", async () =>
    (await readUpstreamClients(target, (id) => known.clients.has(id))).map(({ jwks: _jwks, ...client }) => client),
  );
  const scopes = scopePrefix
    ? section("scopes", () => readUpstreamScopes(target, scopePrefix, (name) => known.scopes.has(name)))
    : undefined;
  const owner = orgCode ? { orgNumber: organisation.orgNumber, orgCode } : null;
  const resources = owner
    ? section("resources", () =>
        readUpstreamResources(target, owner, {
          isKnown: (id) => known.resources.has(id),
          knownScopes: known.scopeNames,
        }),
      )
    : undefined;
  const accessLists = orgCode
    ? section("accessLists", async () =>
        (
          await readUpstreamAccessLists(
            { ...target, owner: orgCode },
            { isKnown: (id) => known.accessLists.has(id), resourcesInPortal: known.ownResources },
          )
        ).map(({ members: _members, etag: _etag, ...list }) => list),
      )
    : undefined;
  return { clients: await clients, scopes: await scopes, resources: await resources, accessLists: await accessLists };
}
