import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { enqueueClientChange } from "./enqueue-client-change";
import { requireUnusedKid } from "./find-client";
import type { TCreateClient } from "./schemas";
import { fromUpstreamEnv } from "@/lib/platform/environment";

/**
 * Records a Maskinporten client with its first public key and queues its creation. Only the public JWK ever reaches
 * this function: the key pair is made in the browser (components/clients/browser-key-pair.ts).
 */
export async function createClient(options: {
  tx: TTx;
  organisation: { id: string; orgNumber: string };
  input: Pick<TCreateClient, "environment" | "name" | "description" | "scopes" | "publicJwk">;
}) {
  const { tx, organisation, input } = options;
  const environment = fromUpstreamEnv(input.environment);
  await requireUnusedKid(tx, environment, input.publicJwk.kid);
  const client = await tx.maskinportenClient.create({
    data: {
      organisationId: organisation.id,
      environment,
      name: input.name,
      description: input.description,
      scopes: input.scopes,
      keys: { create: { kid: input.publicJwk.kid, publicJwk: input.publicJwk } },
    },
    select: { id: true, name: true, environment: true },
  });
  const { changeId } = await enqueueClientChange({ tx, organisation, client, kind: "maskinporten.client.create" });
  return { client, changeId };
}
