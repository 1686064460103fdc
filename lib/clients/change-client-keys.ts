import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { conflict, notFound } from "@/lib/platform/errors/app-error";
import { enqueueClientChange } from "./enqueue-client-change";
import { findOwnClient, requireCreatedUpstream, requireUnusedKid } from "./find-client";
import { MAX_CLIENT_KEYS, type TPublicJwk } from "./public-jwk";

// Key rotation: add the new key, move the integration over, then remove the old one. Each step replaces the whole
// key set in Maskinporten (PUT: idempotent), built from the portal's rows when the job runs.

type TOptions = { tx: TTx; organisation: { id: string; orgNumber: string }; clientRowId: string };

export async function addClientKey(options: TOptions & { publicJwk: TPublicJwk }) {
  const { tx, organisation, publicJwk } = options;
  const client = await findOwnClient(tx, organisation.id, options.clientRowId);
  requireCreatedUpstream(client);
  if (client.keys.length >= MAX_CLIENT_KEYS) throw conflict("clientKeyLimit", { max: MAX_CLIENT_KEYS });
  await requireUnusedKid(tx, client.environment, publicJwk.kid);
  await tx.maskinportenClientKey.create({ data: { clientId: client.id, kid: publicJwk.kid, publicJwk } });
  const { changeId } = await enqueueClientChange({
    tx,
    organisation,
    client,
    kind: "maskinporten.client.jwks.replace",
  });
  return { client, changeId };
}

export async function removeClientKey(options: TOptions & { kid: string }) {
  const { tx, organisation, kid } = options;
  const client = await findOwnClient(tx, organisation.id, options.clientRowId);
  requireCreatedUpstream(client);
  const key = client.keys.find((k) => k.kid === kid);
  if (!key) throw notFound("clientKeyNotFound");
  // A client without keys cannot get tokens at all; removing the last one is almost certainly a mistake.
  if (client.keys.length <= 1) throw conflict("clientLastKey");
  await tx.maskinportenClientKey.update({ where: { id: key.id }, data: { removedAt: new Date() } });
  const { changeId } = await enqueueClientChange({
    tx,
    organisation,
    client,
    kind: "maskinporten.client.jwks.replace",
  });
  return { client, changeId };
}
