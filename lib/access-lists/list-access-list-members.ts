import "server-only";
import type { TDb, TTx } from "@/lib/platform/db/prisma";

// One page of a list's members, fast at 50,000 members: keyset paging on the unique index (accessListId, orgNumber),
// never OFFSET. A number search is a range on the same index (org numbers are exactly 9 digits, so padding the
// prefix with 0s and 9s bounds it under any collation). A name search can only use names the portal knows: the
// organisations registered here (the register has no search by name for arbitrary numbers).

export const MEMBERS_PAGE_SIZE = 50;

export type TMemberPage = {
  members: { orgNumber: string; addedAt: Date }[];
  /** The cursor for the next page (the last number on this one), or null on the last page. */
  nextAfter: string | null;
  total: number;
};

export function numberRange(prefix: string): { gte: string; lte: string } | null {
  if (!/^\d{1,9}$/.test(prefix)) return null;
  return { gte: prefix.padEnd(9, "0"), lte: prefix.padEnd(9, "9") };
}

async function orgNumbersNamed(db: TDb | TTx, name: string): Promise<string[]> {
  const organisations = await db.organisation.findMany({
    where: { name: { contains: name, mode: "insensitive" } },
    select: { orgNumber: true },
    take: 500,
  });
  return organisations.map((organisation) => organisation.orgNumber);
}

export async function listAccessListMembers(options: {
  db: TDb | TTx;
  accessListId: string;
  /** Digits: an org number prefix; anything else: part of a known organisation's name. */
  query?: string;
  after?: string;
  pageSize?: number;
  /** The list's kept member count, when the caller has read the list already. */
  memberCount?: number;
}): Promise<TMemberPage> {
  const { db, accessListId } = options;
  const pageSize = options.pageSize ?? MEMBERS_PAGE_SIZE;
  const query = options.query?.replace(/\s+/g, "") ?? "";
  let orgNumber: { gte?: string; lte?: string; gt?: string; in?: string[] } = {};
  if (query !== "") {
    const range = numberRange(query);
    orgNumber = range ?? { in: await orgNumbersNamed(db, options.query!.trim()) };
  }
  const where = { accessListId, orgNumber };
  const pageWhere = options.after ? { accessListId, orgNumber: { ...orgNumber, gt: options.after } } : where;
  const [rows, total] = await Promise.all([
    db.accessListMember.findMany({
      where: pageWhere,
      orderBy: { orgNumber: "asc" },
      take: pageSize + 1,
      select: { orgNumber: true, addedAt: true },
    }),
    query === "" ? keptCount(db, accessListId, options.memberCount) : countMatches(db, where),
  ]);
  const members = rows.slice(0, pageSize);
  return { members, nextAfter: rows.length > pageSize ? members.at(-1)!.orgNumber : null, total };
}

/** Every member: the list's counter (AccessList.memberCount, kept by triggers), not a scan of 50,000 rows. */
async function keptCount(db: TDb | TTx, accessListId: string, known: number | undefined) {
  if (known !== undefined) return known;
  const list = await db.accessList.findUnique({ where: { id: accessListId }, select: { memberCount: true } });
  return list?.memberCount ?? 0;
}

/** Matches of a search: a range on the (accessListId, orgNumber) index, bounded by what matched. */
function countMatches(db: TDb | TTx, where: { accessListId: string; orgNumber: object }) {
  return db.accessListMember.count({ where });
}
