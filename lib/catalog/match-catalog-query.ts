import type { TCatalogEntry } from "./catalog-entry";

// Catalog search: every word of the query must appear (case-insensitively) in the resource's title,
// description or keywords in any language, its owner's name, or its identifier. All languages are
// searched, so a Norwegian keyword finds the resource from the English interface too.

export const MAX_QUERY_LENGTH = 200;

/** The query's words, lowercased; an empty list means "everything". */
export function catalogSearchTerms(query: string | null | undefined): string[] {
  return (query ?? "")
    .slice(0, MAX_QUERY_LENGTH)
    .toLocaleLowerCase("nb")
    .split(/\s+/)
    .filter((term) => term.length > 0);
}

function searchableText(entry: TCatalogEntry): string {
  const { definition } = entry;
  return [
    ...Object.values(definition.title ?? {}),
    ...Object.values(definition.description ?? {}),
    ...(definition.keywords ?? []).map((keyword) => keyword.word),
    entry.owner.name,
    entry.identifier,
  ]
    .join("\n")
    .toLocaleLowerCase("nb");
}

export function matchesCatalogQuery(entry: TCatalogEntry, terms: string[]): boolean {
  if (terms.length === 0) return true;
  const text = searchableText(entry);
  return terms.every((term) => text.includes(term));
}
