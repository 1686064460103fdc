import type { TLanguage } from "./resource-definition-schema";

export type TLocalizedText = Record<TLanguage, string>;

/** The text in the UI's language; Bokmål for any other locale, since every text has nb. */
export function inLocale(text: TLocalizedText, locale: string): string {
  return locale === "en" ? text.en : text.nb;
}
