import "server-only";
import type { Prisma } from "@/lib/platform/db/create-prisma-client";
import { db } from "@/lib/platform/db/prisma";
import { cursorOf, NEWEST_FIRST, newerThan, OLDEST_FIRST, olderThan, parseCursor } from "./audit-keyset";
import { auditTargetLabels, targetKey } from "./audit-target-labels";

export const AUDIT_PAGE_SIZE = 25;
/**
 * The log is counted exactly up to this many events (four pages); a longer one is "more than" this. Counting stops
 * there, so a view costs the same at 100,000 events as at 100 (bench/growth.ts: counting to 1,000 already made the
 * first page 1.6x slower), and pages are read by position (audit-keyset.ts), not by number.
 */
export const AUDIT_COUNT_LIMIT = 100;

const auditEventSelect = {
  id: true,
  action: true,
  targetType: true,
  targetId: true,
  summary: true,
  correlationId: true,
  createdAt: true,
  actor: { select: { name: true } },
} as const satisfies Prisma.AuditEventSelect;

type TSelected = Prisma.AuditEventGetPayload<{ select: typeof auditEventSelect }>;
export type TAuditEvent = Omit<TSelected, "actor"> & { actorName: string | null; targetLabel: string | null };

export type TAuditPage = {
  events: TAuditEvent[];
  /** Where the next (older) page starts, or null on the last page. */
  older: string | null;
  /** Where the previous (newer) page ends, or null on the first page. */
  newer: string | null;
  /** The page's number as the links carried it (1 on the first page); null when not known. */
  page: number | null;
  /** The number of events when at most AUDIT_COUNT_LIMIT, else null ("more than"). */
  total: number | null;
  pageCount: number | null;
};

/**
 * One page of an organisation's audit log, newest first: the newest page, the page older than `before`, or the
 * page newer than `after` (positions from the previous page's links; a malformed one means the newest page).
 */
export async function listAuditEvents(options: {
  organisationId: string;
  before?: string;
  after?: string;
  page?: number;
}): Promise<TAuditPage> {
  const where = { organisationId: options.organisationId } satisfies Prisma.AuditEventWhereInput;
  const before = parseCursor(options.before);
  const after = before ? null : parseCursor(options.after);
  const read = (extra: Prisma.AuditEventWhereInput, orderBy: typeof NEWEST_FIRST | typeof OLDEST_FIRST) =>
    db().auditEvent.findMany({
      where: { ...where, ...extra },
      select: auditEventSelect,
      orderBy,
      take: AUDIT_PAGE_SIZE + 1,
    });
  const [counted, newer, older] = await Promise.all([
    db().auditEvent.count({ where, take: AUDIT_COUNT_LIMIT + 1 }),
    after ? read(newerThan(after), OLDEST_FIRST) : null,
    before ? read(olderThan(before), NEWEST_FIRST) : null,
  ]);
  const total = counted <= AUDIT_COUNT_LIMIT ? counted : null;
  const pageCount = total === null ? null : Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));

  let rows: TSelected[];
  let hasNewer: boolean;
  let hasOlder: boolean;
  let page: number | null;
  if (newer && newer.length > AUDIT_PAGE_SIZE) {
    // A full page newer than `after`, with more newer still: read oldest first, shown newest first.
    rows = newer.slice(0, AUDIT_PAGE_SIZE).reverse();
    [hasNewer, hasOlder, page] = [true, true, validPage(options.page)];
  } else if (older && older.length > 0) {
    rows = older.slice(0, AUDIT_PAGE_SIZE);
    [hasNewer, hasOlder, page] = [true, older.length > AUDIT_PAGE_SIZE, validPage(options.page)];
  } else {
    // The newest page: asked for, or when fewer than a page are newer than `after`, or nothing is older than `before`.
    const newest = await read({}, NEWEST_FIRST);
    rows = newest.slice(0, AUDIT_PAGE_SIZE);
    [hasNewer, hasOlder, page] = [false, newest.length > AUDIT_PAGE_SIZE, 1];
  }
  const labels = await auditTargetLabels(rows);
  const events = rows.map(({ actor, ...row }) => ({
    ...row,
    actorName: actor?.name ?? null,
    targetLabel: labels.get(targetKey(row)) ?? null,
  }));
  return {
    events,
    older: hasOlder && events.length > 0 ? cursorOf(events.at(-1)!) : null,
    newer: hasNewer && events.length > 0 ? cursorOf(events[0]!) : null,
    page,
    total,
    pageCount,
  };
}

/** A page number from a link is only a label: a positive integer, else unknown. */
const validPage = (page: number | undefined) =>
  page !== undefined && Number.isInteger(page) && page > 1 ? page : null;
