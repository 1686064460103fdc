import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganisation, createUser, testDb } from "@/test/factories";
import { parseCursor } from "./audit-keyset";
import { AUDIT_COUNT_LIMIT, AUDIT_PAGE_SIZE, listAuditEvents, type TAuditPage } from "./list-audit-events";
import { streamAuditCsv } from "./stream-audit-csv";

// Keyset paging of the audit log on a real database: every event exactly once, newest first, forwards and back,
// also when many events share one timestamp (as a bulk change writes them).

const db = testDb();
let organisationId: string;
let expectedOrder: string[];
const EVENTS = 95;

beforeAll(async () => {
  const actor = await createUser(db, { name: "Audit Pager" });
  organisationId = (await createOrganisation(db)).id;
  const start = Date.UTC(2026, 0, 1);
  // Events in groups of 40 sharing one createdAt, so a page boundary falls inside a group.
  await db.auditEvent.createMany({
    data: Array.from({ length: EVENTS }, (_, i) => ({
      actorId: actor.id,
      organisationId,
      action: "test.event",
      targetType: "test",
      summary: `Event ${i}`,
      correlationId: crypto.randomUUID(),
      createdAt: new Date(start + Math.floor(i / 40) * 1000),
    })),
  });
  const all = await db.auditEvent.findMany({ where: { organisationId }, select: { id: true, createdAt: true } });
  expectedOrder = all
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
    .map((event) => event.id);
});
afterAll(() => db.$disconnect());

const ids = (page: TAuditPage) => page.events.map((event) => event.id);

describe("listAuditEvents", () => {
  it("pages older and back newer, each event exactly once, in (createdAt, id) order", async () => {
    const pages: TAuditPage[] = [await listAuditEvents({ organisationId })];
    expect(pages[0]).toMatchObject({ page: 1, total: EVENTS, pageCount: 4, newer: null });
    while (pages.at(-1)!.older) {
      const last = pages.at(-1)!;
      pages.push(await listAuditEvents({ organisationId, before: last.older!, page: last.page! + 1 }));
    }
    expect(pages).toHaveLength(Math.ceil(EVENTS / AUDIT_PAGE_SIZE));
    expect(pages.at(-1)).toMatchObject({ page: 4, older: null });
    expect(pages.flatMap(ids)).toEqual(expectedOrder);

    // Back from the last page, through the previous links, to the first.
    for (let i = pages.length - 1; i > 0; i--) {
      const previous = await listAuditEvents({ organisationId, after: pages[i]!.newer!, page: i });
      expect(ids(previous)).toEqual(ids(pages[i - 1]!));
      expect(previous.page).toBe(i);
    }
    expect((await listAuditEvents({ organisationId, after: pages[1]!.newer!, page: 1 })).newer).toBeNull();
  });

  it("starts from the newest page for a malformed position, and for one past the end", async () => {
    const newest = ids(await listAuditEvents({ organisationId }));
    for (const before of ["x", "2026-01-01T00:00:00.000Z_not-a-uuid", "'; DROP TABLE x", ""])
      expect(ids(await listAuditEvents({ organisationId, before }))).toEqual(newest);
    const past = `1970-01-01T00:00:00.000Z_${crypto.randomUUID()}`;
    expect(parseCursor(past)).not.toBeNull();
    expect(ids(await listAuditEvents({ organisationId, before: past, page: 9 }))).toEqual(newest);
  });

  it("counts up to the limit and no further", async () => {
    const big = (await createOrganisation(db)).id;
    await db.auditEvent.createMany({
      data: Array.from({ length: AUDIT_COUNT_LIMIT + 5 }, (_, i) => ({
        organisationId: big,
        action: "test.event",
        targetType: "test",
        summary: `Event ${i}`,
        correlationId: crypto.randomUUID(),
      })),
    });
    const page = await listAuditEvents({ organisationId: big });
    expect(page).toMatchObject({ total: null, pageCount: null, page: 1 });
    expect(page.events).toHaveLength(AUDIT_PAGE_SIZE);
    const second = await listAuditEvents({ organisationId: big, before: page.older!, page: 2 });
    expect(second.page).toBe(2);
    expect(second.events).toHaveLength(AUDIT_PAGE_SIZE);
  });

  it("exports every event once in the same order", async () => {
    const text = await new Response(streamAuditCsv({ organisationId })).text();
    const summaries = text.split("\r\n").filter((line) => line.includes("Event "));
    expect(summaries).toHaveLength(EVENTS);
    const byId = new Map(
      (await db.auditEvent.findMany({ where: { organisationId }, select: { id: true, summary: true } })).map((e) => [
        e.id,
        e.summary,
      ]),
    );
    expect(summaries.map((line) => line.split(",")[5])).toEqual(expectedOrder.map((id) => byId.get(id)));
  });
});
