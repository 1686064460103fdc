import "server-only";
import { z } from "zod";
import { portalMarker } from "@/lib/clients/client-target";
import { checkPublicJwk, type TPublicJwk } from "@/lib/clients/public-jwk";
import { db } from "@/lib/db/prisma";
import type { ActingFor } from "@/lib/upstream/authorized-http-clients";
import {
  createClient,
  deleteClient,
  listClients,
  replaceClientJwks,
  updateClient,
  type TClientRequest,
} from "@/lib/upstream/maskinporten-clients-client";
import { isUpstreamError } from "@/lib/upstream/upstream-error";
import type { TUpstreamChangeForHandler } from "../upstream-kinds";
import { toUpstreamEnvironment } from "./environment";

// A consumer's Maskinporten clients, acting for the consumer (consumer_org: it must have delegated idporten:dcr.* to
// the operator; without it Maskinporten's token endpoint answers invalid_scope naming the scope, and that reason is
// what the client's sync state shows). The payload names the portal row; each handler reads the row when it runs,
// so a retried or late job sends what the portal holds now, never a stale copy.

const ZClientPayload = z.object({ actingFor: z.string(), clientRowId: z.uuid(), clientId: z.string().nullable().optional() });

const target = (change: TUpstreamChangeForHandler, actingFor: string): ActingFor => ({
  environment: toUpstreamEnvironment(change.environment),
  actingFor,
});

async function loadRow(id: string) {
  return db().maskinportenClient.findUnique({
    where: { id },
    select: {
      id: true, clientId: true, name: true, description: true, scopes: true, deletedAt: true,
      keys: { where: { removedAt: null }, orderBy: { createdAt: "asc" }, select: { publicJwk: true } },
    },
  });
}

type TRow = NonNullable<Awaited<ReturnType<typeof loadRow>>>;

const clientRequest = (row: TRow): TClientRequest => ({
  client_name: row.name,
  // The marker ties the upstream client to this row (see createClientHandler); Maskinporten needs a description.
  description: `${row.description ? `${row.description} ` : ""}${portalMarker(row.id)}`,
  scopes: row.scopes,
});

/** Only public members are ever stored, but the stored JSON is checked again before it leaves. */
const publicKeys = (row: TRow): TPublicJwk[] =>
  row.keys.map((key) => {
    const checked = checkPublicJwk(key.publicJwk);
    if (!checked.ok) throw Object.assign(new Error(`stored key is not a valid public JWK (${checked.message})`), { retryable: false });
    return checked.jwk;
  });

/** Maskinporten's client id for the row: stored once known, else found by the row's marker. */
async function findUpstreamId(acting: ActingFor, row: { id: string; clientId: string | null }): Promise<string | null> {
  if (row.clientId) return row.clientId;
  const marker = portalMarker(row.id);
  return (await listClients(acting)).find((client) => client.description?.includes(marker))?.client_id ?? null;
}

const notCreatedYet = () => Object.assign(new Error("the client is not created in Maskinporten yet"), { retryable: true });

/**
 * POST /clients is not idempotent: a create whose answer was lost would make a second client on retry. So the
 * portal's row id travels in the client's description as a marker, and every attempt first lists the
 * organisation's clients and adopts one carrying the marker instead of creating another. Then the key set is put
 * (PUT: idempotent) and Maskinporten's client_id stored on the row.
 */
export async function createClientHandler(change: TUpstreamChangeForHandler): Promise<void> {
  const { actingFor, clientRowId } = ZClientPayload.parse(change.payload);
  const row = await loadRow(clientRowId);
  if (!row || row.deletedAt) return; // deleted before it was created: the delete job cleans up whatever exists
  const acting = target(change, actingFor);
  const clientId = (await findUpstreamId(acting, row)) ?? (await createClient(acting, clientRequest(row))).client_id;
  await replaceClientJwks(acting, clientId, publicKeys(row));
  await db().maskinportenClient.update({ where: { id: row.id }, data: { clientId } });
}

/** PUT of name, description and scopes: idempotent. */
export async function updateClientHandler(change: TUpstreamChangeForHandler): Promise<void> {
  const { actingFor, clientRowId } = ZClientPayload.parse(change.payload);
  const row = await loadRow(clientRowId);
  if (!row || row.deletedAt) return;
  if (!row.clientId) throw notCreatedYet();
  await updateClient(target(change, actingFor), row.clientId, clientRequest(row));
}

/** Replaces the key set with the row's current (non-removed) keys: idempotent, and the last run always wins right. */
export async function replaceClientJwksHandler(change: TUpstreamChangeForHandler): Promise<void> {
  const { actingFor, clientRowId } = ZClientPayload.parse(change.payload);
  const row = await loadRow(clientRowId);
  if (!row || row.deletedAt) return;
  if (!row.clientId) throw notCreatedYet();
  await replaceClientJwks(target(change, actingFor), row.clientId, publicKeys(row));
}

/** Deleting a client that is not there (404, or no client carries the marker) is done. */
export async function deleteClientHandler(change: TUpstreamChangeForHandler): Promise<void> {
  const { actingFor, clientRowId, clientId } = ZClientPayload.parse(change.payload);
  const row = await loadRow(clientRowId);
  const acting = target(change, actingFor);
  const upstreamId = await findUpstreamId(acting, { id: clientRowId, clientId: row?.clientId ?? clientId ?? null });
  if (!upstreamId) return;
  try {
    await deleteClient(acting, upstreamId);
  } catch (error) {
    if (!isUpstreamError(error) || error.status !== 404) throw error;
  }
}
