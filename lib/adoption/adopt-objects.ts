import "server-only";
import type { Prisma } from "@/lib/platform/db/create-prisma-client";
import { chunk } from "@/lib/access-lists/access-list-target";
import type { TTx } from "@/lib/platform/db/prisma";
import type { TEnvironment } from "@/lib/platform/environment";
import { scopeColumns } from "@/lib/scopes/scope-dto";
import type { TScopeFields } from "@/lib/scopes/schemas";
import type { TAdoptableResource, TAdoptableScope } from "./adoptable";
import type { TUpstreamAccessList } from "./read-upstream-access-lists";
import type { TUpstreamClient } from "./read-upstream-clients";
import type { TSelectedObject } from "./read-selected";

// The portal's rows for an object that already exists upstream, written as if the portal had created it and its
// upstream jobs had run: nothing is queued or sent. Each row records that it was adopted and when (`origin`,
// `adoptedAt`); from then on the existing pages, edits and publishing treat it like any other.

export type TAdoption = { tx: TTx; organisationId: string; environment: TEnvironment; adoptedAt: Date };
export type TAdopted = { id: string; summary: string };

/** The columns every adopted row of an environment shares: whose, where, and that (and when) it was adopted. */
const adoptedIn = (input: TAdoption) => ({
  organisationId: input.organisationId,
  environment: input.environment,
  origin: "ADOPTED" as const,
  adoptedAt: input.adoptedAt,
});

/**
 * Members are inserted this many at a time, one statement per chunk (never one giant statement for 50,000), each row
 * from an array parameter (`unnest`). Measured with bench/adopt.ts (10 lists of 5,000, a 2-core machine at load 15):
 * Prisma's createMany took 17.5–19.8 s whatever the chunk (250, 1,000 or 5,000), this 3.3 s, so a list of thousands
 * stays well inside the transaction's time limit.
 */
export const MEMBER_INSERT_CHUNK = 1_000;

export async function adoptScope(input: TAdoption, scope: TAdoptableScope): Promise<TAdopted> {
  const row = await input.tx.maskinportenScope.create({
    data: {
      ...adoptedIn(input),
      prefix: scope.prefix,
      subscope: scope.subscope,
      // The same columns a scope created here gets from its form's fields; the integration types as Maskinporten has
      // them (the column is text, and the form's list is Maskinporten's own).
      ...scopeColumns({
        ...scope,
        longDescription: scope.longDescription ?? "",
        allowedIntegrationTypes: scope.allowedIntegrationTypes as TScopeFields["allowedIntegrationTypes"],
      }),
      active: scope.active,
    },
    select: { id: true },
  });
  return { id: row.id, summary: `Adopted scope ${scope.name} (${scope.consumers.length} consumers upstream)` };
}

/**
 * The resource, its definition as the registry holds it as one version (numbered as the registry's `version` when it
 * is a whole number, so the next save continues from there) and this environment's publication of that version.
 */
export async function adoptResource(input: TAdoption, resource: TAdoptableResource, userId: string): Promise<TAdopted> {
  const version = resource.registryVersion ?? 1;
  const row = await input.tx.consentResource.create({
    data: {
      organisationId: input.organisationId,
      identifier: resource.identifier,
      origin: "ADOPTED",
      adoptedAt: input.adoptedAt,
      versions: { create: { version, content: resource.definition as Prisma.InputJsonValue, createdById: userId } },
    },
    select: { id: true, versions: { select: { id: true } } },
  });
  await input.tx.consentResourcePublication.create({
    data: {
      resourceId: row.id,
      environment: input.environment,
      versionId: row.versions[0]!.id,
      state: "PUBLISHED",
      publishedAt: input.adoptedAt,
    },
  });
  const problems = resource.problems.length ? ` with ${resource.problems.length} definition problems` : "";
  return { id: row.id, summary: `Adopted consent resource ${resource.identifier} as version ${version}${problems}` };
}

/**
 * The list with the registry's ETag, its members in chunks, and links to the connected resources the organisation
 * has in the portal (a connection to another resource is left out; adopting that resource first keeps it).
 */
export async function adoptAccessList(input: TAdoption, list: TUpstreamAccessList): Promise<TAdopted> {
  const { identifier, name, description, etag } = list;
  const data = { ...adoptedIn(input), identifier, name, description, etag };
  const row = await input.tx.accessList.create({ data, select: { id: true } });
  for (const orgNumbers of chunk([...new Set(list.members)], MEMBER_INSERT_CHUNK)) {
    await input.tx.$executeRaw`INSERT INTO "AccessListMember" (id, "accessListId", "orgNumber", "addedAt")
      SELECT gen_random_uuid(), ${row.id}::uuid, n, ${input.adoptedAt} FROM unnest(${orgNumbers}::text[]) AS n`;
  }
  const identifiers = list.connections.map((connection) => connection.resourceIdentifier);
  const resources = await input.tx.consentResource.findMany({
    where: { organisationId: input.organisationId, identifier: { in: identifiers } },
    select: { id: true, identifier: true },
  });
  const idOf = new Map(resources.map((resource) => [resource.identifier, resource.id]));
  const links = list.connections.flatMap((connection) => {
    const resourceId = idOf.get(connection.resourceIdentifier);
    return resourceId ? [{ accessListId: row.id, resourceId, actionFilters: connection.actionFilters }] : [];
  });
  if (links.length) await input.tx.accessListResourceLink.createMany({ data: links });
  return {
    id: row.id,
    summary: `Adopted access list ${list.identifier} with ${list.members.length} members and ${links.length} resource links`,
  };
}

/** The client and its public keys (Maskinporten never hands out private keys; the portal never had them). */
export async function adoptClient(input: TAdoption, client: TUpstreamClient): Promise<TAdopted> {
  const { clientId, name, description, scopes } = client;
  const row = await input.tx.maskinportenClient.create({
    data: {
      ...adoptedIn(input),
      clientId,
      name,
      description,
      scopes,
      keys: {
        create: client.jwks.flatMap((jwk) =>
          typeof jwk.kid === "string" ? [{ kid: jwk.kid, publicJwk: jwk as Prisma.InputJsonValue }] : [],
        ),
      },
    },
    select: { id: true },
  });
  return { id: row.id, summary: `Adopted Maskinporten client ${client.clientId} with ${client.kids.length} keys` };
}

/** The rows for one object read upstream, whatever its kind. */
export function adoptObject(input: TAdoption, object: TSelectedObject, userId: string): Promise<TAdopted> {
  switch (object.kind) {
    case "scope":
      return adoptScope(input, object.value);
    case "resource":
      return adoptResource(input, object.value, userId);
    case "accessList":
      return adoptAccessList(input, object.value);
    case "client":
      return adoptClient(input, object.value);
  }
}
