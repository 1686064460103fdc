import "server-only";
import type { Prisma } from "@/lib/platform/db/create-prisma-client";
import { readInOneSnapshot } from "@/lib/platform/db/read-in-one-snapshot";
import { latestUpstreamChanges, type TReplacedFailure } from "@/lib/platform/jobs/latest-upstream-changes";
import { CLIENT_TARGET_TYPE } from "./client-target";
import { type TUpstreamEnvironment, fromUpstreamEnv } from "@/lib/platform/environment";

const clientSelect = {
  id: true,
  clientId: true,
  name: true,
  description: true,
  scopes: true,
  version: true,
  createdAt: true,
  deletedAt: true,
  waitsForConsentScopes: true,
  keys: { where: { removedAt: null }, orderBy: { createdAt: "asc" }, select: { kid: true, createdAt: true } },
} as const satisfies Prisma.MaskinportenClientSelect;

export type TClientSync = {
  changeId: string;
  kind: string;
  status: "PENDING" | "SYNCED" | "FAILED";
  lastError: string | null;
  attempts: number;
  /** Earlier failed changes a later one replaced, each to be dismissed (lib/platform/jobs/latest-upstream-changes.ts). */
  replacedFailures?: TReplacedFailure[];
};

export type TClientListItem = {
  id: string;
  clientId: string | null;
  name: string;
  description: string;
  scopes: string[];
  /** The saved version (lib/scopes/optimistic-edit.ts): the edit form sends it back, so a stale save is refused. */
  version: number;
  createdAt: string;
  /** Deleted in the portal, but Maskinporten has not confirmed it yet (pending or failed). */
  deleting: boolean;
  /** Waits for Digdir's grant of the consent API scopes it carries; created in Maskinporten once that arrives. */
  waitsForConsentScopes: boolean;
  keys: { kid: string; createdAt: string }[];
  sync: TClientSync | null;
};

/**
 * The organisation's clients in one environment with their keys and sync state (the latest change). Filtered by
 * organisation in the query. A deleted client stays listed only until Maskinporten has confirmed the deletion.
 */
export async function listClients(options: {
  organisationId: string;
  environment: TUpstreamEnvironment;
}): Promise<TClientListItem[]> {
  // The rows and their changes' state in one snapshot, so a SYNCED client always shows its client id.
  const { rows, syncOf } = await readInOneSnapshot(async (tx) => {
    const rows = await tx.maskinportenClient.findMany({
      where: {
        organisationId: options.organisationId,
        environment: fromUpstreamEnv(options.environment),
        OR: [{ deletedAt: null }, { deletedAt: { gt: new Date(Date.now() - 7 * 24 * 3600 * 1000) } }],
      },
      orderBy: { createdAt: "asc" },
      select: clientSelect,
    });
    const syncOf = await latestUpstreamChanges({
      db: tx,
      organisationId: options.organisationId,
      targetType: CLIENT_TARGET_TYPE,
      targetIds: rows.map((r) => r.id),
    });
    return { rows, syncOf };
  });
  return rows
    .map((row) => ({
      id: row.id,
      clientId: row.clientId,
      name: row.name,
      description: row.description,
      scopes: row.scopes,
      version: row.version,
      createdAt: row.createdAt.toISOString(),
      deleting: row.deletedAt !== null,
      waitsForConsentScopes: row.waitsForConsentScopes && row.deletedAt === null,
      keys: row.keys.map((key) => ({ kid: key.kid, createdAt: key.createdAt.toISOString() })),
      sync: syncOf.get(row.id) ?? null,
    }))
    .filter((client) => !client.deleting || client.sync?.status !== "SYNCED");
}
