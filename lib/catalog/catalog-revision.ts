import "server-only";
import { freshSharedRead } from "@/lib/platform/cache/fresh-shared-read";
import { notifiedRevision } from "@/lib/platform/cache/notified-revision";
import { pgRevisionListener } from "@/lib/platform/cache/pg-revision-listener";
import { env } from "@/lib/platform/config/env";
import { db } from "@/lib/platform/db/prisma";
import { logger } from "@/lib/platform/logger";
import { publishCatalogRevisionPeek } from "./public-page-cache-key";

export const READ_CATALOG_REVISION = `SELECT "revision"::text AS "revision" FROM "CatalogRevision" WHERE "id" = 1`;

/** The trigger announces each new revision here when its transaction commits (20261130230000_catalog_revision_notify). */
export const CATALOG_REVISION_CHANNEL = "catalog_revision";

async function readRevision(): Promise<string> {
  const [row] = await db().$queryRawUnsafe<{ revision: string }[]>(READ_CATALOG_REVISION);
  return row?.revision ?? "0";
}

/**
 * The catalog's revision: moved on by triggers (migration 20261130140000_catalog_search) in the transaction of every
 * change a public catalog page shows (a publication, a withdrawal, a shown version, an owner's name, documentation),
 * whichever process commits it. A primary-key read of one row; callers at the same moment share one read begun after
 * they asked, so a committed change is never missed.
 */
export const catalogRevision: () => Promise<string> = freshSharedRead(readRevision);

const announced = notifiedRevision({
  read: async () => BigInt(await readRevision()),
  listen: pgRevisionListener({
    connectionString: () => env().DATABASE_URL,
    channel: CATALOG_REVISION_CHANNEL,
    readSql: READ_CATALOG_REVISION,
  }),
  checkEveryMs: 5_000,
  timeoutMs: 2_000,
  retryMs: 1_000,
  onLost: (error) => logger.warn({ err: error }, "catalog revision listener lost; reading the revision per request"),
});

/**
 * The catalog's revision as this process last heard it (lib/platform/cache/notified-revision.ts): the proxy asks it on
 * every visitor's request for a catalog page, so it is answered from memory, kept current by the trigger's NOTIFY,
 * and read from the database only while the listener is not (yet) confirmed. A change committed by any process is
 * seen within milliseconds (its notification), at worst within 7 s (the listener's check and its timeout).
 */
export const announcedCatalogRevision: () => Promise<string> = announced.current;

// The portal's HTTP server keys its copies of the public pages by the same revision (public-page-cache-key.ts).
publishCatalogRevisionPeek(announced.peek);
