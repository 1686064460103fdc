import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import type { TEnvironment } from "@/lib/platform/environment";

// Rows an organisation changes through its forms and actions: scopes, access lists and Maskinporten clients. Each
// table has a uuid `id` and `organisationId`, so one query serves the three; another organisation's row is no row.

export type TOwnTable = "AccessList" | "MaskinportenScope" | "MaskinportenClient";

// The table name is one of the three above, never input; the ids are bound parameters (checked as uuids by the
// actions' schemas first).
const ownRow = (table: TOwnTable) => `FROM "${table}" WHERE id = $1::uuid AND "organisationId" = $2::uuid`;

/**
 * Locks the organisation's row for the rest of the transaction (nothing when there is no such row: the caller's own
 * lookup then says not found). A second change waits here until the first has committed, and its reads after the
 * lock (each statement reads afresh under READ COMMITTED) see what the first one wrote.
 */
export async function lockOwnRow(tx: TTx, table: TOwnTable, organisationId: string, id: string): Promise<void> {
  await tx.$queryRawUnsafe(`SELECT id ${ownRow(table)} FOR UPDATE`, id, organisationId);
}

/** The environment the organisation's row lives in, or null when there is no such row. */
export async function ownRowEnvironment(
  tx: TTx,
  table: TOwnTable,
  organisationId: string,
  id: string,
): Promise<{ environment: TEnvironment } | null> {
  const rows = await tx.$queryRawUnsafe<{ environment: TEnvironment }[]>(
    `SELECT environment::text AS environment ${ownRow(table)}`,
    id,
    organisationId,
  );
  return rows[0] ?? null;
}
