import { afterAll, describe, expect, it } from "vitest";
import { createOrganisation, createUser, testDb } from "@/test/factories";
import { READ_PORTAL_REVISION } from "./portal-revision";

// Migration 20261201030000_portal_revision: the revision a signed-in person's kept pages are keyed by.

/** Tables a page reads whose writes do not move the revision, each for the reason the migration gives. */
const LEFT_OUT = ["_prisma_migrations", "RateLimitCounter", "CatalogRevision", "PortalRevision", "UserSession"];

describe("the portal's revision", () => {
  const db = testDb();
  afterAll(() => db.$disconnect());

  it("is moved by every table of the portal but those left out on purpose (a new table must choose)", async () => {
    const tables = await db.$queryRaw<{ name: string; moved: boolean }[]>`
      SELECT c.relname AS name,
             EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'portal_revision') AS moved
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r'`;
    const unmoved = tables.filter((table) => !table.moved).map((table) => table.name);
    expect(unmoved.sort()).toEqual(LEFT_OUT.filter((name) => name !== "UserSession").sort());
    // A session moves it when it ends, not when it is merely seen.
    expect(tables.find((table) => table.name === "UserSession")?.moved).toBe(true);
  });

  it("moves once per transaction, however many rows it writes, when the transaction commits", async () => {
    const user = await createUser(db);
    const read = async (tx: Pick<typeof db, "$queryRawUnsafe">) =>
      BigInt((await tx.$queryRawUnsafe<{ revision: string }[]>(READ_PORTAL_REVISION))[0]!.revision);
    const before = await read(db);
    const [first, second] = await db.$transaction(async (tx) => {
      await createOrganisation(tx as typeof db);
      await createOrganisation(tx as typeof db);
      // The deferred triggers fire now instead of at the commit; the counter's row is this transaction's until then.
      await tx.$executeRawUnsafe("SET CONSTRAINTS ALL IMMEDIATE");
      const once = await read(tx);
      await tx.user.update({ where: { id: user.id }, data: { name: "Renamed" } });
      await tx.$executeRawUnsafe("SET CONSTRAINTS ALL IMMEDIATE");
      return [once, await read(tx)];
    });
    expect(first).toBeGreaterThan(before);
    expect(second).toBe(first);
    expect(await read(db)).toBeGreaterThanOrEqual(first);
  });

  it("is not moved by the rate limiter's counters nor by a session being seen", async () => {
    const user = await createUser(db);
    const session = await db.userSession.create({
      data: { userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) },
    });
    const moved = await db.$transaction(async (tx) => {
      await tx.userSession.update({ where: { id: session.id }, data: { lastSeenAt: new Date() } });
      await tx.$executeRaw`INSERT INTO "RateLimitCounter" ("key", "points") VALUES (${`revision-${session.id}`}, 1)`;
      await tx.$executeRawUnsafe("SET CONSTRAINTS ALL IMMEDIATE");
      const [row] = await tx.$queryRaw<{ moved: string | null }[]>`
        SELECT current_setting('portal.revision_moved', true) AS moved`;
      return row?.moved === "1";
    });
    expect(moved).toBe(false);
    const ended = await db.$transaction(async (tx) => {
      await tx.userSession.update({ where: { id: session.id }, data: { endedAt: new Date() } });
      await tx.$executeRawUnsafe("SET CONSTRAINTS ALL IMMEDIATE");
      const [row] = await tx.$queryRaw<{ moved: string | null }[]>`
        SELECT current_setting('portal.revision_moved', true) AS moved`;
      return row?.moved === "1";
    });
    expect(ended).toBe(true);
  });
});
