// Catalog search terms: every word of the query must match the resource's title, description or keywords in any
// language, its owner's name, or its identifier. All languages are searched, so a Norwegian keyword finds the
// resource from the English interface too. The matching itself happens in PostgreSQL (search-catalog.ts).

export const MAX_QUERY_LENGTH = 200;
/** More words than this narrow nothing a person would notice, and each costs the query an index scan. */
export const MAX_QUERY_TERMS = 8;

/** The query's words, lowercased; an empty list means "everything". */
export function catalogSearchTerms(query: string | null | undefined): string[] {
  return (query ?? "")
    .slice(0, MAX_QUERY_LENGTH)
    .toLocaleLowerCase("nb")
    .split(/\s+/)
    .filter((term) => term.length > 0)
    .slice(0, MAX_QUERY_TERMS);
}

/**
 * How one word is matched: a Norwegian full-text prefix query over its letter-and-digit parts (`lønnsdata` finds
 * "Lønnsdataene", `meldinger` finds "meldingen": both are stemmed), or the word itself anywhere in the text (a part of
 * a compound, an identifier's fragment, a stop word). The prefix query holds only letters, digits, `:*` and `&`, so
 * `to_tsquery` never meets its own syntax in what a visitor typed; both go to PostgreSQL as bound parameters.
 */
export function termMatchers(term: string): { prefixQuery: string | null; pattern: string } {
  const parts = term.split(/[^\p{L}\p{N}]+/u).filter((part) => part.length > 0);
  return {
    prefixQuery: parts.length > 0 ? parts.map((part) => `${part}:*`).join(" & ") : null,
    pattern: `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`,
  };
}
