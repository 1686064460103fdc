import "server-only";
import { db } from "@/lib/platform/db/prisma";

/**
 * The catalog's revision: moved on by triggers (migration 20261130140000_catalog_search) in the transaction of every
 * change a public catalog page shows (a publication, a withdrawal, a shown version, an owner's name, documentation),
 * whichever process commits it. A primary-key read of one row.
 */
export async function catalogRevision(): Promise<string> {
  const [row] = await db().$queryRaw<{ revision: string }[]>`
    SELECT "revision"::text AS "revision" FROM "CatalogRevision" WHERE "id" = 1`;
  return row?.revision ?? "0";
}
