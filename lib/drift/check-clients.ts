import "server-only";
import { CLIENT_TARGET_TYPE } from "@/lib/clients/client-target";
import { getClientJwks, listClients } from "@/lib/platform/upstream/maskinporten-clients-client";
import type { TCheckContext } from "./check-context";
import { compareClient, withoutMarker } from "./compare-client";
import type { TDriftResult } from "./drift-fields";

/** What is compared of a client row (its keys by kid). */
const CLIENT_FIELDS = { id: true, clientId: true, name: true, description: true, scopes: true } as const;

/**
 * A consumer's Maskinporten clients in the environment (those Maskinporten has given an id) against Maskinporten's,
 * acting for the consumer (it must have delegated idporten:dcr.* to the operator): one list, then each key set.
 */
export async function checkClients(context: TCheckContext): Promise<TDriftResult[]> {
  const rows = await context.db.maskinportenClient.findMany({
    where: {
      organisationId: context.organisation.id,
      environment: context.environment,
      deletedAt: null,
      clientId: { not: null },
    },
    select: { ...CLIENT_FIELDS, keys: { where: { removedAt: null }, select: { kid: true } } },
  });
  const clients = rows.filter((row) => !context.isPending(CLIENT_TARGET_TYPE, row.id));
  if (clients.length === 0) return [];
  const upstream = new Map((await listClients(context.acting)).map((client) => [client.client_id, client]));
  const results: TDriftResult[] = [];
  for (const row of clients) {
    const base = { objectType: "maskinporten-client" as const, objectId: row.id, label: row.name };
    const theirs = upstream.get(row.clientId!);
    if (!theirs) {
      results.push({ ...base, fields: {}, deletedUpstream: true });
      continue;
    }
    const jwks = await getClientJwks(context.acting, row.clientId!);
    const fields = compareClient(
      { name: row.name, description: row.description, scopes: row.scopes, kids: row.keys.map((key) => key.kid) },
      {
        name: theirs.client_name ?? "",
        description: withoutMarker(theirs.description ?? "", row.id),
        scopes: theirs.scopes,
        kids: jwks.keys.flatMap((key) => key.kid ?? []),
      },
    );
    results.push({ ...base, fields, deletedUpstream: false });
  }
  return results;
}
