import "server-only";
import { z } from "zod";
import { db } from "@/lib/platform/db/prisma";
import { defineUpstreamJob } from "@/lib/platform/jobs/define-upstream-job";
import { alreadyGoneIsDone, FinalFailureError, RetryLaterError } from "@/lib/platform/jobs/upstream-job-kit";
import type { ActingFor } from "@/lib/platform/upstream/authorized-http-clients";
import {
  createClient,
  deleteClient,
  listClients,
  replaceClientJwks,
  updateClient,
  type TClientRequest,
} from "@/lib/platform/upstream/maskinporten-clients-client";
import { portalMarker } from "./client-target";
import { checkPublicJwk, type TPublicJwk } from "./public-jwk";

// A consumer's Maskinporten clients, acting for the consumer (consumer_org: it must have delegated idporten:dcr.* to
// the operator; without it Maskinporten's token endpoint answers invalid_scope naming the scope, and that reason is
// what the client's sync state shows). The payload names the portal row; each handler reads the row when it runs,
// so a retried or late job sends what the portal holds now, never a stale copy.

const ZClientPayload = z.object({
  actingFor: z.string(),
  clientRowId: z.uuid(),
  clientId: z.string().nullable().optional(),
});

// What each change sets of the client (the job runtime applies changes to one object in order): its existence
// (create, delete), its settings (update) and its key set (jwks.replace). Update and jwks.replace send the row as it
// stands, so the newest of each settles older ones; a delete makes an unsent create moot.
const EXISTENCE = { keys: () => ["existence"] };

async function loadRow(id: string) {
  return db().maskinportenClient.findUnique({
    where: { id },
    select: {
      id: true,
      clientId: true,
      name: true,
      description: true,
      scopes: true,
      deletedAt: true,
      keys: { where: { removedAt: null }, orderBy: { createdAt: "asc" }, select: { publicJwk: true } },
    },
  });
}

type TRow = NonNullable<Awaited<ReturnType<typeof loadRow>>>;

const clientRequest = (row: TRow): TClientRequest => ({
  client_name: row.name,
  // The marker ties the upstream client to this row (see clientCreateJob); Maskinporten needs a description.
  description: `${row.description ? `${row.description} ` : ""}${portalMarker(row.id)}`,
  scopes: row.scopes,
});

/** Only public members are ever stored, but the stored JSON is checked again before it leaves. */
const publicKeys = (row: TRow): TPublicJwk[] =>
  row.keys.map((key) => {
    const checked = checkPublicJwk(key.publicJwk);
    if (!checked.ok) throw new FinalFailureError(`stored key is not a valid public JWK (${checked.message})`);
    return checked.jwk;
  });

/** Maskinporten's client id for the row: stored once known, else found by the row's marker. */
async function findUpstreamId(acting: ActingFor, row: { id: string; clientId: string | null }): Promise<string | null> {
  if (row.clientId) return row.clientId;
  const marker = portalMarker(row.id);
  return (await listClients(acting)).find((client) => client.description?.includes(marker))?.client_id ?? null;
}

/**
 * A change to a client that exists upstream, sent from the row as it stands: waits (retries) until the create has
 * stored Maskinporten's client id, and sends nothing for a deleted row (the delete job cleans up).
 */
const defineCreatedClientJob = <const TKind extends string>(
  kind: TKind,
  aspect: "settings" | "keys",
  send: (acting: ActingFor, clientId: string, row: TRow) => Promise<unknown>,
) =>
  defineUpstreamJob({
    kind,
    payload: ZClientPayload,
    objects: { keys: () => [aspect] },
    handler: async ({ payload, acting }) => {
      const row = await loadRow(payload.clientRowId);
      if (!row || row.deletedAt) return;
      if (!row.clientId) throw new RetryLaterError("the client is not created in Maskinporten yet");
      await send(acting, row.clientId, row);
    },
  });

/**
 * POST /clients is not idempotent: a create whose answer was lost would make a second client on retry. So the
 * portal's row id travels in the client's description as a marker, and every attempt first lists the
 * organisation's clients and adopts one carrying the marker instead of creating another. Then the key set is put
 * (PUT: idempotent) and Maskinporten's client_id stored on the row.
 */
export const clientCreateJob = defineUpstreamJob({
  kind: "maskinporten.client.create",
  payload: ZClientPayload,
  objects: EXISTENCE,
  handler: async ({ payload, acting }) => {
    const row = await loadRow(payload.clientRowId);
    if (!row || row.deletedAt) return; // deleted before it was created: the delete job cleans up whatever exists
    const clientId = (await findUpstreamId(acting, row)) ?? (await createClient(acting, clientRequest(row))).client_id;
    await replaceClientJwks(acting, clientId, publicKeys(row));
    await db().maskinportenClient.update({ where: { id: row.id }, data: { clientId } });
  },
});

/** PUT of name, description and scopes: idempotent. */
export const clientUpdateJob = defineCreatedClientJob(
  "maskinporten.client.update",
  "settings",
  (acting, clientId, row) => updateClient(acting, clientId, clientRequest(row)),
);

/** Replaces the key set with the row's current (non-removed) keys: idempotent, and the last run always wins right. */
export const clientJwksReplaceJob = defineCreatedClientJob(
  "maskinporten.client.jwks.replace",
  "keys",
  (acting, clientId, row) => replaceClientJwks(acting, clientId, publicKeys(row)),
);

/** Deleting a client that is not there (404, or no client carries the marker) is done. */
export const clientDeleteJob = defineUpstreamJob({
  kind: "maskinporten.client.delete",
  payload: ZClientPayload,
  objects: EXISTENCE,
  handler: async ({ payload: { clientRowId, clientId }, acting }) => {
    const row = await loadRow(clientRowId);
    const upstreamId = await findUpstreamId(acting, { id: clientRowId, clientId: row?.clientId ?? clientId ?? null });
    if (upstreamId) await alreadyGoneIsDone(deleteClient(acting, upstreamId));
  },
});

export const clientJobs = [clientCreateJob, clientUpdateJob, clientJwksReplaceJob, clientDeleteJob] as const;
