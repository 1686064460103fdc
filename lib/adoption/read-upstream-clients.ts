import "server-only";
import pLimit from "p-limit";
import type { ActingFor } from "@/lib/platform/upstream/authorized-http-clients";
import { getClientJwks, listClients } from "@/lib/platform/upstream/maskinporten-clients-client";
import type { TAdoptableClient } from "./adoptable";
import { UPSTREAM_READS_AT_ONCE } from "./read-upstream-scopes";

/** Public parts of a JWK only: whatever Maskinporten sends, nothing private reaches the portal's rows. */
const PUBLIC_MEMBERS = ["kty", "kid", "alg", "use", "n", "e", "crv", "x", "y"] as const;

export const publicMembers = (jwk: Record<string, unknown>) =>
  Object.fromEntries(PUBLIC_MEMBERS.flatMap((name) => (jwk[name] === undefined ? [] : [[name, jwk[name]]])));

export type TUpstreamClient = TAdoptableClient & { jwks: Record<string, unknown>[] };

/** The organisation's Maskinporten clients that `isKnown` says the portal does not have, with their public keys. */
export async function readUpstreamClients(
  target: ActingFor,
  isKnown: (clientId: string) => boolean,
): Promise<TUpstreamClient[]> {
  const clients = (await listClients(target)).filter((client) => client.active !== false && !isKnown(client.client_id));
  const limit = pLimit(UPSTREAM_READS_AT_ONCE);
  return Promise.all(
    clients.map((client) =>
      limit(async () => {
        const jwks = (await getClientJwks(target, client.client_id)).keys.map((key) => publicMembers(key));
        return {
          key: client.client_id,
          clientId: client.client_id,
          name: client.client_name ?? client.client_id,
          description: client.description ?? "",
          scopes: client.scopes,
          kids: jwks.flatMap((key) => (typeof key.kid === "string" ? [key.kid] : [])),
          jwks,
        };
      }),
    ),
  );
}
