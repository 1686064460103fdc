import "server-only";
import { freshSharedRead } from "@/lib/platform/cache/fresh-shared-read";
import { db } from "@/lib/platform/db/prisma";

/**
 * The catalog's revision: moved on by triggers (migration 20261130140000_catalog_search) in the transaction of every
 * change a public catalog page shows (a publication, a withdrawal, a shown version, an owner's name, documentation),
 * whichever process commits it. A primary-key read of one row; callers at the same moment share one read begun after
 * they asked (the proxy asks on every visitor's request for a public page), so a committed change is never missed.
 */
export const catalogRevision: () => Promise<string> = freshSharedRead(async () => {
  const [row] = await db().$queryRaw<{ revision: string }[]>`
    SELECT "revision"::text AS "revision" FROM "CatalogRevision" WHERE "id" = 1`;
  return row?.revision ?? "0";
});
