import { afterAll, describe, expect, it, vi } from "vitest";
import { notifiedRevision } from "@/lib/platform/cache/notified-revision";
import { pgRevisionListener } from "@/lib/platform/cache/pg-revision-listener";
import { testDb } from "@/test/factories";
import { CATALOG_REVISION_CHANNEL, catalogRevision, READ_CATALOG_REVISION } from "./catalog-revision";

describe("the catalog's revision announced by PostgreSQL", () => {
  const db = testDb();
  let reads = 0;
  const revision = notifiedRevision({
    read: async () => {
      reads += 1;
      return BigInt(await catalogRevision());
    },
    listen: pgRevisionListener({
      connectionString: () => process.env.DATABASE_URL!,
      channel: CATALOG_REVISION_CHANNEL,
      readSql: READ_CATALOG_REVISION,
    }),
    // Longer than the test: only the notification can tell this process of the change.
    checkEveryMs: 60_000,
    timeoutMs: 5_000,
    retryMs: 100,
  });
  afterAll(async () => {
    revision.stop();
    await db.$disconnect();
  });

  it("follows a change committed on another connection from its NOTIFY, without reading per call", async () => {
    await revision.current();
    await vi.waitFor(async () => {
      const before = reads;
      await revision.current();
      expect(reads).toBe(before);
    });
    // A statement on the catalog's entries moves the revision (a statement-level trigger fires on no rows too).
    await db.$executeRaw`UPDATE "CatalogEntry" SET "updatedAt" = "updatedAt" WHERE false`;
    const committed = BigInt(await catalogRevision());
    const readsBefore = reads;
    await vi.waitFor(async () => expect(BigInt(await revision.current()) >= committed).toBe(true), {
      timeout: 2_000,
      interval: 10,
    });
    expect(reads).toBe(readsBefore);
  });
});
