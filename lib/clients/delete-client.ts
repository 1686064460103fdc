import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { enqueueClientChange } from "./enqueue-client-change";
import { findOwnClient } from "./find-client";

/**
 * Marks the client deleted (the row stays for the audit trail and the delete's sync state) and queues its deletion.
 * A client whose creation has not landed is deleted too: the handler finds it by its marker, or finds nothing.
 */
export async function deleteClient(options: {
  tx: TTx;
  organisation: { id: string; orgNumber: string };
  clientRowId: string;
}) {
  const { tx, organisation } = options;
  const found = await findOwnClient(tx, organisation.id, options.clientRowId);
  const client = await tx.maskinportenClient.update({
    where: { id: found.id },
    data: { deletedAt: new Date() },
    select: { id: true, name: true, environment: true, clientId: true },
  });
  const { changeId } = await enqueueClientChange({ tx, organisation, client, kind: "maskinporten.client.delete" });
  return { client, changeId };
}
