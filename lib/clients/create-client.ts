import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { mustWaitForConsentScopes } from "./consent-scope-wait";
import { enqueueClientChange } from "./enqueue-client-change";
import { requireUnusedKid } from "./find-client";
import type { TCreateClient } from "./schemas";
import { fromUpstreamEnv } from "@/lib/platform/environment";

/**
 * Records a Maskinporten client with its first public key and queues its creation. Only the public JWK ever reaches
 * this function: the key pair is made in the browser (components/clients/browser-key-pair.ts). A client carrying a
 * consent API scope Digdir is still granting waits instead (consent-scope-wait.ts): its creation is queued when the
 * grant arrives, and `changeId` is null until then.
 */
export async function createClient(options: {
  tx: TTx;
  organisation: { id: string; orgNumber: string };
  input: Pick<TCreateClient, "environment" | "name" | "description" | "scopes" | "publicJwk">;
}) {
  const { tx, organisation, input } = options;
  const environment = fromUpstreamEnv(input.environment);
  await requireUnusedKid(tx, environment, input.publicJwk.kid);
  const waits = await mustWaitForConsentScopes({
    tx,
    organisationId: organisation.id,
    environment,
    scopes: input.scopes,
  });
  const client = await tx.maskinportenClient.create({
    data: {
      organisationId: organisation.id,
      environment,
      name: input.name,
      description: input.description,
      scopes: input.scopes,
      waitsForConsentScopes: waits,
      keys: { create: { kid: input.publicJwk.kid, publicJwk: input.publicJwk } },
    },
    select: { id: true, name: true, environment: true, waitsForConsentScopes: true },
  });
  if (waits) return { client, changeId: null };
  const { changeId } = await enqueueClientChange({ tx, organisation, client, kind: "maskinporten.client.create" });
  return { client, changeId };
}
