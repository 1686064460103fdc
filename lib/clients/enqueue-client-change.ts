import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { enqueueUpstreamChange } from "@/lib/upstream-jobs/enqueue-upstream-change";
import { CLIENT_TARGET_TYPE } from "./client-target";
import type { TEnvironment } from "@/lib/platform/environment";

// The changes a client sends to Maskinporten, queued in the caller's transaction. The payload names the portal row:
// the handler reads the row's current name, scopes and keys when it runs, so retries and out-of-order jobs all
// converge on what the portal holds last.

export type TClientChangeKind =
  | "maskinporten.client.create"
  | "maskinporten.client.update"
  | "maskinporten.client.jwks.replace"
  | "maskinporten.client.delete";

export async function enqueueClientChange(options: {
  tx: TTx;
  organisation: { id: string; orgNumber: string };
  client: { id: string; environment: TEnvironment; clientId?: string | null };
  kind: TClientChangeKind;
}) {
  const { tx, organisation, client, kind } = options;
  return enqueueUpstreamChange({
    tx,
    organisationId: organisation.id,
    environment: client.environment,
    kind,
    targetType: CLIENT_TARGET_TYPE,
    targetId: client.id,
    payload: { actingFor: organisation.orgNumber, clientRowId: client.id, clientId: client.clientId ?? null },
  });
}
