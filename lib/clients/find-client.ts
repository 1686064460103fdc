import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { conflict, notFound, validationError } from "@/lib/platform/errors/app-error";
import type { TEnvironment } from "@/lib/platform/environment";
import { lockOwnRow } from "@/lib/platform/db/own-rows";

/**
 * The organisation's client, not deleted, or NOT_FOUND. Scoped by organisation in the query itself, so another
 * organisation's client id is simply unknown. Locked for the rest of the transaction (lib/scopes/own-rows.ts): two
 * changes of one client run one after the other, so the second sees the first's keys and version (two people removing
 * the last two keys at once cannot leave it with none, nor two adds pass the key limit together).
 */
export async function findOwnClient(tx: TTx, organisationId: string, clientRowId: string) {
  await lockOwnRow(tx, "MaskinportenClient", organisationId, clientRowId);
  const client = await tx.maskinportenClient.findFirst({
    where: { id: clientRowId, organisationId, deletedAt: null },
    select: {
      id: true,
      name: true,
      environment: true,
      clientId: true,
      version: true,
      updatedAt: true,
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

/** The organisation's client (locked, as findOwnClient) once Maskinporten has it: edits and key changes go there. */
export async function findCreatedClient(tx: TTx, organisationId: string, clientRowId: string) {
  const client = await findOwnClient(tx, organisationId, clientRowId);
  requireCreatedUpstream(client);
  return client;
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
