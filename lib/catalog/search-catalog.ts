import "server-only";
import { Prisma } from "@/lib/platform/db/generated/client";
import { db } from "@/lib/platform/db/prisma";
import type { TLocale } from "@/lib/platform/i18n/locales";
import { catalogResourceSelect, toCatalogEntry, type TCatalogEntry } from "./catalog-entry";
import { catalogSearchTerms, termMatchers } from "./catalog-search-terms";

export const CATALOG_PAGE_SIZE = 20;
/** Beyond this a page number is a typo or a crawler, not a person: it is read as the last page there could be. */
const MAX_PAGE = 1000;

export type TCatalogPage = { entries: TCatalogEntry[]; total: number; page: number; pageCount: number };

/** Sort keys per UI language, from a closed list: never a visitor's text in the SQL. */
const TITLE_COLUMN: Record<TLocale, Prisma.Sql> = {
  nb: Prisma.raw('e."titleNb"'),
  nn: Prisma.raw('e."titleNn"'),
  en: Prisma.raw('e."titleEn"'),
};

function whereClause(query: string | null | undefined): Prisma.Sql {
  const conditions = catalogSearchTerms(query).map((term) => {
    const { prefixQuery, pattern } = termMatchers(term);
    const inText = Prisma.sql`e."searchText" LIKE ${pattern}`;
    return prefixQuery ? Prisma.sql`(e."search" @@ to_tsquery('norwegian', ${prefixQuery}) OR ${inText})` : inText;
  });
  return conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

/**
 * One page of the published consent resources whose shown version (production's, else test's) matches the query,
 * sorted by title in the UI's language (Norwegian order). Searching, sorting and paging happen in PostgreSQL over the
 * catalog's search documents (CatalogEntry: GIN indexes on a Norwegian tsvector and on trigrams; one short row per
 * resource to sort and count), and only the page's own 20 definitions are read.
 */
export async function searchCatalog(options: {
  query?: string | null;
  locale: TLocale;
  page?: number;
  pageSize?: number;
}): Promise<TCatalogPage> {
  const pageSize = options.pageSize ?? CATALOG_PAGE_SIZE;
  const page = Math.min(Math.max(1, Math.trunc(options.page ?? 1) || 1), MAX_PAGE);
  const where = whereClause(options.query);
  const [rows, [counted]] = await Promise.all([
    db().$queryRaw<{ resourceId: string }[]>`
      SELECT e."resourceId" FROM "CatalogEntry" e ${where}
      ORDER BY ${TITLE_COLUMN[options.locale]} COLLATE "catalog_nb", e."resourceId"
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    db().$queryRaw<{ total: number }[]>`SELECT count(*)::integer AS total FROM "CatalogEntry" e ${where}`,
  ]);
  const total = counted?.total ?? 0;
  const pageCount = Math.ceil(total / pageSize);
  // A page past the end (an old link, a hand-typed number) shows the last one rather than nothing.
  if (rows.length === 0 && page > pageCount && pageCount > 0) return searchCatalog({ ...options, page: pageCount });
  const ids = rows.map((row) => row.resourceId);
  const resources = ids.length
    ? await db().consentResource.findMany({ where: { id: { in: ids } }, select: catalogResourceSelect })
    : [];
  const byId = new Map(resources.map((resource) => [resource.id, resource]));
  const entries = ids.flatMap((id) => {
    const row = byId.get(id);
    const entry = row && toCatalogEntry(row);
    return entry ? [entry] : [];
  });
  return { entries, total, page, pageCount };
}
