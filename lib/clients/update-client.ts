import "server-only";
import { requireLoadedVersion, type TVersionedEdit } from "@/lib/platform/db/optimistic-edit";
import { enqueueClientChange } from "./enqueue-client-change";
import { findCreatedClient } from "./find-client";

/** The audit action name of a client's edit (client-actions.ts): its latest event says who saved last. */
export const UPDATE_CLIENT_ACTION = "maskinporten-client.update";

/**
 * Changes the name, description and scopes, and queues the update for Maskinporten's client. A save from an older
 * version than the client's (`version`, what the form loaded) is refused, naming who saved
 * (lib/scopes/optimistic-edit.ts): the client is locked meanwhile, so of two saves from one version one is written.
 */
export async function updateClient(
  options: TVersionedEdit & { clientRowId: string; fields: { name: string; description: string; scopes: string[] } },
) {
  const { tx, organisation, fields } = options;
  const found = await findCreatedClient(tx, organisation.id, options.clientRowId);
  await requireLoadedVersion({
    tx,
    row: found,
    loaded: options.version,
    action: UPDATE_CLIENT_ACTION,
    stale: "clientStale",
  });
  const client = await tx.maskinportenClient.update({
    where: { id: found.id },
    data: { ...fields, version: { increment: 1 } },
    select: { id: true, name: true, environment: true, clientId: true, version: true },
  });
  const { changeId } = await enqueueClientChange({ tx, organisation, client, kind: "maskinporten.client.update" });
  return { client, changeId };
}
