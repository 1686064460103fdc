import type { TLocale } from "@/lib/platform/i18n/locales";

// A consent resource's own texts (title, description, consent text) are written in bokmål, nynorsk and English in the
// definition. Where the reader's language is empty, the text is shown in another language, and the page says so and
// marks it with that language's `lang` (issue 16.6): never passed off as the reader's language.

const NEAREST: Record<TLocale, TLocale[]> = { nb: ["nb", "nn", "en"], nn: ["nn", "nb", "en"], en: ["en", "nb", "nn"] };

/** The text to show a reader of `locale`: theirs when written, else the nearest written one, with `missing` set. */
export function textForReader(
  text: Partial<Record<TLocale, string>>,
  locale: TLocale,
): { language: TLocale; text: string; missing: boolean } {
  const language = NEAREST[locale].find((candidate) => (text[candidate] ?? "").trim() !== "") ?? locale;
  return { language, text: text[language] ?? "", missing: language !== locale };
}

/** The languages of a trilingual text left empty, in the portal's order. */
export function emptyLanguages(text: Partial<Record<TLocale, string>>): TLocale[] {
  return (["nb", "nn", "en"] as const).filter((language) => (text[language] ?? "").trim() === "");
}
