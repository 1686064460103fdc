import { afterAll, describe, expect, it } from "vitest";
import type { TTx } from "@/lib/platform/db/prisma";
import { createOrganisation, testDb } from "@/test/factories";
import type { TConsentEventsPage, TConsentStatusChange } from "./consent-events-client";
import { readConsentFeed, type TStoredConsentEvent } from "./read-consent-feed";

// Reading the feed exactly once on a real database: two readers at once, and a reader that dies between two pages,
// against a feed that pages as Altinn's does (links.next only for a full page, its token the last event's place).

const db = testDb();
afterAll(() => db.$disconnect());

const PAGE_SIZE = 4;

function fakeFeed(count: number, options: { delayMs?: number } = {}) {
  const events: TConsentStatusChange[] = [];
  const add = (n: number) => {
    for (let i = 0; i < n; i++) {
      const index = events.length;
      events.push({
        consentRequestId: crypto.randomUUID(),
        eventType: ["Created", "Accepted", "Revoked"][index % 3],
        changedDate: new Date(Date.UTC(2026, 0, 1, 0, 0, index)).toISOString(),
      });
    }
  };
  add(count);
  let inFlight = 0;
  let mostAtOnce = 0;
  const fetchPage = async (token: string | null): Promise<TConsentEventsPage> => {
    inFlight += 1;
    mostAtOnce = Math.max(mostAtOnce, inFlight);
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
    inFlight -= 1;
    const from = token === null ? 0 : Number(Buffer.from(token, "base64").toString()) + 1;
    const page = events.slice(from, from + PAGE_SIZE);
    const full = page.length === PAGE_SIZE;
    return { events: page, nextToken: full ? Buffer.from(String(from + PAGE_SIZE - 1)).toString("base64") : null };
  };
  return { events, add, fetchPage, mostAtOnce: () => mostAtOnce };
}

/** What an event causes, as a row in the reading transaction: committed with the page, or not at all. */
async function recordEffect(tx: TTx, organisationId: string, events: TStoredConsentEvent[]) {
  await tx.notification.createMany({
    data: events.map((event) => ({ organisationId, kind: "test.feed-event", params: { eventId: event.id } })),
  });
}

async function effects(organisationId: string) {
  const rows = await db.notification.findMany({ where: { organisationId, kind: "test.feed-event" } });
  return rows.map((row) => (row.params as { eventId: string }).eventId);
}

/** Reads until this reader gets the feed to its end; a busy answer (the other reader holds it) is tried again. */
async function readUntilDone(organisationId: string, fetchPage: ReturnType<typeof fakeFeed>["fetchPage"]) {
  let newEvents = 0;
  for (;;) {
    const result = await readConsentFeed({
      db,
      organisationId,
      environment: "TEST",
      fetchPage,
      onNewEvents: (tx, events) => recordEffect(tx, organisationId, events),
    });
    newEvents += result.newEvents; // pages committed before the reader found the feed busy count too
    if (!result.busy) return { ...result, newEvents };
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe("readConsentFeed", () => {
  it("two readers at once store and process every event once, and a partial page read again adds nothing", async () => {
    const organisation = await createOrganisation(db);
    const feed = fakeFeed(23, { delayMs: 15 });
    const readers = await Promise.all([1, 2, 3].map(() => readUntilDone(organisation.id, feed.fetchPage)));
    expect(readers.reduce((sum, reader) => sum + reader.newEvents, 0)).toBe(23);
    // The advisory lock: never two readers on the feed at once.
    expect(feed.mostAtOnce()).toBe(1);

    const stored = await db.consentEvent.findMany({ where: { organisationId: organisation.id } });
    expect(stored).toHaveLength(23);
    const processed = await effects(organisation.id);
    expect(processed).toHaveLength(23);
    expect(new Set(processed)).toEqual(new Set(stored.map((event) => event.id)));
    // The token stops after the last full page (events 0..19): the partial page (20..22) is read again next time.
    const cursor = await db.consentFeedCursor.findUniqueOrThrow({
      where: { organisationId_environment: { organisationId: organisation.id, environment: "TEST" } },
    });
    expect(Buffer.from(cursor.continuationToken!, "base64").toString()).toBe("19");

    feed.add(6);
    const again = await readUntilDone(organisation.id, feed.fetchPage);
    expect(again.newEvents).toBe(6);
    expect(await effects(organisation.id)).toHaveLength(29);
    expect(await db.consentEvent.count({ where: { organisationId: organisation.id } })).toBe(29);
  });

  it("a reader killed between two pages loses and duplicates nothing", async () => {
    const organisation = await createOrganisation(db);
    const feed = fakeFeed(10);
    let pages = 0;
    // The first reader commits page 1, then dies on page 2 after storing its events but before the commit.
    await expect(
      readConsentFeed({
        db,
        organisationId: organisation.id,
        environment: "TEST",
        fetchPage: feed.fetchPage,
        onNewEvents: async (tx, events) => {
          pages += 1;
          await recordEffect(tx, organisation.id, events);
          if (pages === 2) throw new Error("worker killed");
        },
      }),
    ).rejects.toThrow("worker killed");
    expect(await db.consentEvent.count({ where: { organisationId: organisation.id } })).toBe(PAGE_SIZE);
    expect(await effects(organisation.id)).toHaveLength(PAGE_SIZE);
    const cursor = await db.consentFeedCursor.findUniqueOrThrow({
      where: { organisationId_environment: { organisationId: organisation.id, environment: "TEST" } },
    });
    expect(cursor.lastError).toBe("worker killed");

    // The next reader (after a restart, or the other worker) starts at page 2.
    const resumed = await readUntilDone(organisation.id, feed.fetchPage);
    expect(resumed.newEvents).toBe(10 - PAGE_SIZE);
    const stored = await db.consentEvent.findMany({ where: { organisationId: organisation.id } });
    expect(stored).toHaveLength(10);
    const processed = await effects(organisation.id);
    expect(processed.sort()).toEqual(stored.map((event) => event.id).sort());
    expect(
      (
        await db.consentFeedCursor.findUniqueOrThrow({
          where: { organisationId_environment: { organisationId: organisation.id, environment: "TEST" } },
        })
      ).lastError,
    ).toBeNull();
  });
});
