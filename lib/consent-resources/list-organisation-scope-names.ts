import "server-only";
import type { TDb, TTx } from "@/lib/platform/db/prisma";

/**
 * The names (`prefix:subscope`) of the organisation's own active Maskinporten scopes, in any
 * environment: what a consent resource may reference.
 */
export async function listOrganisationScopeNames(options: {
  db: TDb | TTx;
  organisationId: string;
}): Promise<string[]> {
  const rows = await options.db.maskinportenScope.findMany({
    where: { organisationId: options.organisationId, active: true },
    select: { prefix: true, subscope: true },
    orderBy: [{ prefix: "asc" }, { subscope: "asc" }],
  });
  return [...new Set(rows.map((row) => `${row.prefix}:${row.subscope}`))];
}
