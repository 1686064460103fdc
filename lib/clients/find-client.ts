import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { conflict, notFound, validationError } from "@/lib/platform/errors/app-error";
import type { TEnvironment } from "@/lib/platform/environment";

/**
 * The organisation's client, not deleted, or NOT_FOUND. Scoped by organisation in the query itself, so another
 * organisation's client id is simply unknown.
 */
export async function findOwnClient(tx: TTx, organisationId: string, clientRowId: string) {
  const client = await tx.maskinportenClient.findFirst({
    where: { id: clientRowId, organisationId, deletedAt: null },
    select: {
      id: true,
      name: true,
      environment: true,
      clientId: true,
      keys: { where: { removedAt: null }, select: { id: true, kid: true } },
    },
  });
  if (!client) throw notFound("clientNotFound");
  return client;
}

/** Key changes go to Maskinporten's client, so it must exist there first. */
export function requireCreatedUpstream(client: { clientId: string | null }): string {
  if (!client.clientId) throw conflict("clientNotCreatedYet");
  return client.clientId;
}

/**
 * Maskinporten wants a kid unique across every client of the environment (409 otherwise): refuse a kid the portal
 * already knows, beside the key field, before anything is queued.
 */
export async function requireUnusedKid(tx: TTx, environment: TEnvironment, kid: string): Promise<void> {
  const used = await tx.maskinportenClientKey.findFirst({
    where: { kid, client: { environment } },
    select: { id: true },
  });
  if (used) throw validationError({ publicJwk: ["jwkKidTaken"] });
}
