import "server-only";
import type { Prisma } from "@/lib/platform/db/create-prisma-client";
import type { TTx } from "@/lib/platform/db/prisma";
import { toUpstreamEnv, type TEnvironment } from "@/lib/platform/environment";
import { getClient, getClientJwks } from "@/lib/platform/upstream/maskinporten-clients-client";
import { withoutMarker } from "./compare-client";

/** Only a public RSA key's members are kept, whatever else Maskinporten's JWKS carries. */
const publicMembers = (key: Record<string, unknown>) =>
  Object.fromEntries(
    ["kty", "n", "e", "kid", "alg", "use"].filter((name) => key[name] !== undefined).map((name) => [name, key[name]]),
  ) as Prisma.InputJsonValue;

/**
 * Maskinporten's client written to the portal's row: name, description (without the portal's marker), scopes, and
 * the key set by kid (keys Maskinporten lacks are marked removed, its keys the row lacks are added, public members
 * only). A client Maskinporten no longer has is marked deleted in the portal, as the portal's own delete leaves it.
 */
export async function takeUpstreamClient(options: { tx: TTx; orgNumber: string; clientRowId: string }) {
  const { tx } = options;
  const row = await tx.maskinportenClient.findUniqueOrThrow({
    where: { id: options.clientRowId },
    include: { keys: { where: { removedAt: null } } },
  });
  const acting = { environment: toUpstreamEnv(row.environment as TEnvironment), actingFor: options.orgNumber };
  const upstream = row.clientId ? await getClient(acting, row.clientId) : null;
  if (!upstream || !row.clientId) {
    await tx.maskinportenClient.update({ where: { id: row.id }, data: { deletedAt: new Date() } });
    return row.name;
  }
  await tx.maskinportenClient.update({
    where: { id: row.id },
    data: {
      name: upstream.client_name ?? row.name,
      description: withoutMarker(upstream.description ?? "", row.id),
      scopes: upstream.scopes,
      version: { increment: 1 },
    },
  });
  const keys = (await getClientJwks(acting, row.clientId)).keys.filter((key) => key.kid);
  const kids = new Set(keys.map((key) => key.kid!));
  await tx.maskinportenClientKey.updateMany({
    where: { clientId: row.id, removedAt: null, kid: { notIn: [...kids] } },
    data: { removedAt: new Date() },
  });
  for (const key of keys) {
    await tx.maskinportenClientKey.upsert({
      where: { clientId_kid: { clientId: row.id, kid: key.kid! } },
      create: { clientId: row.id, kid: key.kid!, publicJwk: publicMembers(key) },
      update: { removedAt: null, publicJwk: publicMembers(key) },
    });
  }
  return upstream.client_name ?? row.name;
}
