import "server-only";
import type { TDb, TTx } from "@/lib/platform/db/prisma";
import type { TMemberDifference } from "./compare-access-lists";

// The members of a test list and its production namesake that only one of them has, as PostgreSQL's anti-joins on
// the (accessListId, orgNumber) unique index: lists may have thousands of members, so neither list is loaded to diff
// them here. Counted in full; the first `limit` of each side listed, in number order.

/** How many differing members of each side the page lists. */
export const MEMBER_DIFFERENCES_SHOWN = 20;

export type TListPair = { identifier: string; testId: string | null; prodId: string | null };

type TRow = {
  identifier: string;
  only_in_test_count: bigint;
  only_in_prod_count: bigint;
  only_in_test: string[];
  only_in_prod: string[];
};

/** One statement for every pair; a side without a list (null id) has no members, so the other side's all differ. */
export async function listMemberDifferences(options: {
  db: TDb | TTx;
  pairs: readonly TListPair[];
  limit?: number;
}): Promise<Map<string, TMemberDifference>> {
  if (options.pairs.length === 0) return new Map();
  const limit = options.limit ?? MEMBER_DIFFERENCES_SHOWN;
  const identifiers = options.pairs.map((pair) => pair.identifier);
  const testIds = options.pairs.map((pair) => pair.testId);
  const prodIds = options.pairs.map((pair) => pair.prodId);
  const rows = await options.db.$queryRaw<TRow[]>`
    WITH pair AS (
      SELECT * FROM unnest(${identifiers}::text[], ${testIds}::uuid[], ${prodIds}::uuid[]) AS p(identifier, test_id, prod_id)
    ),
    only_test AS (
      SELECT pair.identifier, m."orgNumber" FROM pair
      JOIN "AccessListMember" m ON m."accessListId" = pair.test_id
      WHERE NOT EXISTS (
        SELECT 1 FROM "AccessListMember" o WHERE o."accessListId" = pair.prod_id AND o."orgNumber" = m."orgNumber"
      )
    ),
    only_prod AS (
      SELECT pair.identifier, m."orgNumber" FROM pair
      JOIN "AccessListMember" m ON m."accessListId" = pair.prod_id
      WHERE NOT EXISTS (
        SELECT 1 FROM "AccessListMember" o WHERE o."accessListId" = pair.test_id AND o."orgNumber" = m."orgNumber"
      )
    )
    SELECT pair.identifier,
      (SELECT count(*) FROM only_test t WHERE t.identifier = pair.identifier) AS only_in_test_count,
      (SELECT count(*) FROM only_prod p WHERE p.identifier = pair.identifier) AS only_in_prod_count,
      ARRAY(SELECT t."orgNumber" FROM only_test t WHERE t.identifier = pair.identifier
            ORDER BY t."orgNumber" LIMIT ${limit}) AS only_in_test,
      ARRAY(SELECT p."orgNumber" FROM only_prod p WHERE p.identifier = pair.identifier
            ORDER BY p."orgNumber" LIMIT ${limit}) AS only_in_prod
    FROM pair`;
  return new Map(
    rows.map((row) => [
      row.identifier,
      {
        onlyInTestCount: Number(row.only_in_test_count),
        onlyInProdCount: Number(row.only_in_prod_count),
        onlyInTest: row.only_in_test,
        onlyInProd: row.only_in_prod,
      },
    ]),
  );
}

/** Every member only one side has (for promotion: what to add to production and what to remove there). */
export async function allMemberDifferences(options: { db: TDb | TTx; testId: string; prodId: string }) {
  const side = (from: string, other: string) =>
    options.db.$queryRaw<{ orgNumber: string }[]>`
      SELECT m."orgNumber" FROM "AccessListMember" m
      WHERE m."accessListId" = ${from}::uuid AND NOT EXISTS (
        SELECT 1 FROM "AccessListMember" o WHERE o."accessListId" = ${other}::uuid AND o."orgNumber" = m."orgNumber"
      ) ORDER BY m."orgNumber"`;
  // One after the other: inside a transaction the statements share one connection anyway.
  const onlyInTest = await side(options.testId, options.prodId);
  const onlyInProd = await side(options.prodId, options.testId);
  return { onlyInTest: onlyInTest.map((row) => row.orgNumber), onlyInProd: onlyInProd.map((row) => row.orgNumber) };
}
