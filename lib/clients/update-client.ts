import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { enqueueClientChange } from "./enqueue-client-change";
import { findOwnClient, requireCreatedUpstream } from "./find-client";

/** Changes the name, description and scopes, and queues the update for Maskinporten's client. */
export async function updateClient(options: {
  tx: TTx;
  organisation: { id: string; orgNumber: string };
  clientRowId: string;
  fields: { name: string; description: string; scopes: string[] };
}) {
  const { tx, organisation, fields } = options;
  const found = await findOwnClient(tx, organisation.id, options.clientRowId);
  requireCreatedUpstream(found);
  const client = await tx.maskinportenClient.update({
    where: { id: found.id },
    data: fields,
    select: { id: true, name: true, environment: true, clientId: true },
  });
  const { changeId } = await enqueueClientChange({ tx, organisation, client, kind: "maskinporten.client.update" });
  return { client, changeId };
}
