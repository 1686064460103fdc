import { LOCALES, type TLocale } from "@/lib/platform/i18n/locales";
import type { TDocumentationContent } from "./schemas";

// Documentation is written per language (issue 16.6): each language on its own, never filled from another. What is
// missing is said, and the reader is offered what exists, each text marked with its own `lang`.

/** The languages documentation may be written in: the portal's three (bokmål, nynorsk, English). */
export const DOCUMENTATION_LANGUAGES = LOCALES;
export type TDocumentationLanguage = TLocale;

export type TDocumentationByLanguage<T extends TDocumentationContent = TDocumentationContent> = Partial<
  Record<TDocumentationLanguage, T>
>;

/** Written: some part has text. A saved row with every part empty is as missing as no row. */
export function isWritten(content: TDocumentationContent | undefined | null): boolean {
  if (!content) return false;
  const { steps, requiredAccess, contact, sections } = content;
  return [steps, requiredAccess, contact].some((text) => text.trim() !== "") || sections.length > 0;
}

/** The languages with written documentation, in the portal's order (bokmål, nynorsk, English). */
export function writtenLanguages(documentation: TDocumentationByLanguage): TDocumentationLanguage[] {
  return DOCUMENTATION_LANGUAGES.filter((language) => isWritten(documentation[language]));
}

/** The languages without written documentation, in the portal's order. */
export function missingLanguages(documentation: TDocumentationByLanguage): TDocumentationLanguage[] {
  return DOCUMENTATION_LANGUAGES.filter((language) => !isWritten(documentation[language]));
}

// Which written language a reader is offered first when theirs is missing: the other Norwegian standard before
// English for a Norwegian reader; bokmål before nynorsk for an English one.
const NEXT_BEST: Record<TDocumentationLanguage, TDocumentationLanguage[]> = {
  nb: ["nn", "en"],
  nn: ["nb", "en"],
  en: ["nb", "nn"],
};

/**
 * What a reader of `locale` is shown: their language when it is written (`missing: false`), else every written
 * language, the nearest first (`missing: true`); `available` is empty when nothing is written in any language.
 */
export function documentationForReader<T extends TDocumentationContent>(
  documentation: TDocumentationByLanguage<T>,
  locale: TDocumentationLanguage,
): { missing: boolean; available: { language: TDocumentationLanguage; content: T }[] } {
  const written = (language: TDocumentationLanguage) => {
    const content = documentation[language];
    return content && isWritten(content) ? [{ language, content }] : [];
  };
  const own = written(locale);
  if (own.length > 0) return { missing: false, available: own };
  return { missing: true, available: NEXT_BEST[locale].flatMap(written) };
}
