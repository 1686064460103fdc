import { z } from "zod";
import { DOCUMENTATION_LANGUAGES, type TDocumentationLanguage } from "@/lib/documentation/documentation-languages";
import { ZDocumentationContent } from "@/lib/documentation/schemas";
import { changedFields, sameValue } from "./same-value";

// A resource's documentation in a definitions document: per language (issue 16.6), each language on its own. A
// language left out is left as the portal has it. Documents written before languages were kept apart have one
// documentation object; it is read as bokmål, the language the portal's migration gave such documentation
// (prisma/migrations/20261130180500_documentation_per_language).

const ZContent = ZDocumentationContent.strict();

const ZPerLanguage = z
  .strictObject({
    nb: ZContent.optional().describe("Bokmål."),
    nn: ZContent.optional().describe("Nynorsk."),
    en: ZContent.optional().describe("English."),
  })
  .describe("Documentation per language; a language left out is left as it is in the portal.");

const ZSingleLanguage = ZContent.transform((content): z.output<typeof ZPerLanguage> => ({ nb: content })).describe(
  "Older documents: one documentation, read as bokmål.",
);

export const ZDocumentationEntry = z
  .union([ZPerLanguage, ZSingleLanguage])
  .nullable()
  .default(null)
  .describe("Documentation for consumers in Markdown, per language; null leaves the portal's documentation as it is.");

export type TDocumentationEntry = z.output<typeof ZPerLanguage>;

/**
 * The fields of the document's documentation that differ from the portal's, named `{language}` for a language the
 * portal has not saved and `{language}.{field}` otherwise; empty when nothing differs.
 */
export function documentationChanges(now: TDocumentationEntry | null | undefined, desired: TDocumentationEntry) {
  return DOCUMENTATION_LANGUAGES.flatMap((language) => {
    const wanted = desired[language];
    const current = now?.[language];
    if (!wanted || sameValue(current, wanted)) return [];
    return current ? changedFields(current, wanted).map((field) => `${language}.${field}`) : [language];
  });
}

/** The languages a planned documentation change writes (its fields, as `documentationChanges` names them). */
export function changedLanguages(fields: string[]): TDocumentationLanguage[] {
  return DOCUMENTATION_LANGUAGES.filter((language) =>
    fields.some((field) => field === language || field.startsWith(`${language}.`)),
  );
}
