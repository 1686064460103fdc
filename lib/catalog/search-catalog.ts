import "server-only";
import { inLocale } from "@/lib/consent-resources/localized";
import { db } from "@/lib/platform/db/prisma";
import type { TLocale } from "@/lib/platform/i18n/locales";
import { catalogResourceSelect, publishedWhere, toCatalogEntry, type TCatalogEntry } from "./catalog-entry";
import { catalogSearchTerms, matchesCatalogQuery } from "./match-catalog-query";

/**
 * The published consent resources whose shown version matches the query, sorted by title in the
 * UI's language. Matching happens here rather than in SQL because it runs over localized fields
 * inside each version's JSON and must match the version shown (production's over test's); the
 * catalog holds published services only, a set small enough to read whole.
 */
export async function searchCatalog(options: { query?: string | null; locale: TLocale }): Promise<TCatalogEntry[]> {
  const rows = await db().consentResource.findMany({
    where: { publications: { some: publishedWhere } },
    select: catalogResourceSelect,
  });
  const terms = catalogSearchTerms(options.query);
  return rows
    .flatMap((row) => {
      const entry = toCatalogEntry(row);
      return entry && matchesCatalogQuery(entry, terms) ? [entry] : [];
    })
    .sort((a, b) =>
      inLocale(a.definition.title, options.locale).localeCompare(
        inLocale(b.definition.title, options.locale),
        options.locale,
      ),
    );
}
