import { z } from "zod";
import { toLocale } from "@/lib/platform/i18n/locales";

// What a published version says that matters for access: its title and the scopes it references.
// Read leniently, so a version saved before a field existed still shows up.
const ZPublishedTerms = z.object({
  title: z.object({ nb: z.string(), nn: z.string(), en: z.string() }).partial().catch({}),
  scopeReferences: z.array(z.string()).catch([]),
});

export type TPublishedTerms = { title: { nb?: string; nn?: string; en?: string }; scopeReferences: string[] };

export function publishedTermsOf(content: unknown): TPublishedTerms {
  return ZPublishedTerms.catch({ title: {}, scopeReferences: [] }).parse(content);
}

/** The title in the user's language, falling back to bokmål, then the identifier. */
export function titleIn(title: TPublishedTerms["title"], locale: string, identifier: string): string {
  // `locale` may be next-intl's "en-GB" or "nb-x-nn".
  const own = title[toLocale(locale)];
  return own || title.nb || title.en || identifier;
}
