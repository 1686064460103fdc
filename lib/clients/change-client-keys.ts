import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { conflict, notFound } from "@/lib/platform/errors/app-error";
import { enqueueClientChange } from "./enqueue-client-change";
import { findCreatedClient, requireUnusedKid } from "./find-client";
import { MAX_CLIENT_KEYS, type TPublicJwk } from "./public-jwk";

// Key rotation: add the new key, move the integration over, then remove the old one. Each step replaces the whole
// key set in Maskinporten (PUT: idempotent), built from the portal's rows when the job runs. The client is locked
// while its keys change (findCreatedClient), so two people changing keys at once are counted one after the other:
// neither the key limit nor the last key can be passed by two changes that each saw room for one.

type TOptions = { tx: TTx; organisation: { id: string; orgNumber: string }; clientRowId: string };

/** Queues the replacement of Maskinporten's key set by the client's keys as they stand when the job runs. */
async function replaceKeySet(options: TOptions, client: Awaited<ReturnType<typeof findCreatedClient>>) {
  const { tx, organisation } = options;
  const { changeId } = await enqueueClientChange({
    tx,
    organisation,
    client,
    kind: "maskinporten.client.jwks.replace",
  });
  return { client, changeId };
}

export async function addClientKey(options: TOptions & { publicJwk: TPublicJwk }) {
  const { tx, organisation, publicJwk } = options;
  const client = await findCreatedClient(tx, organisation.id, options.clientRowId);
  if (client.keys.length >= MAX_CLIENT_KEYS) throw conflict("clientKeyLimit", { max: MAX_CLIENT_KEYS });
  await requireUnusedKid(tx, client.environment, publicJwk.kid);
  await tx.maskinportenClientKey.create({ data: { clientId: client.id, kid: publicJwk.kid, publicJwk } });
  return replaceKeySet(options, client);
}

export async function removeClientKey(options: TOptions & { kid: string }) {
  const { tx, organisation, kid } = options;
  const client = await findCreatedClient(tx, organisation.id, options.clientRowId);
  const key = client.keys.find((k) => k.kid === kid);
  if (!key) throw notFound("clientKeyNotFound");
  // A client without keys cannot get tokens at all; removing the last one is almost certainly a mistake.
  if (client.keys.length <= 1) throw conflict("clientLastKey");
  await tx.maskinportenClientKey.update({ where: { id: key.id }, data: { removedAt: new Date() } });
  return replaceKeySet(options, client);
}
