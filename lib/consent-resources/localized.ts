import { toLocale } from "@/lib/platform/i18n/locales";
import type { TLanguage } from "./resource-definition-schema";

export type TLocalizedText = Record<TLanguage, string>;

/**
 * The text in the UI's language (`locale` may be next-intl's "en-GB" or "nb-x-nn"); bokmål for any other locale, since every
 * text has nb. A nynorsk UI shows the nynorsk text, and the bokmål one only where the owner wrote none.
 */
export function inLocale(text: TLocalizedText, locale: string): string {
  const language = toLocale(locale);
  if (language === "en") return text.en;
  return (language === "nn" && text.nn) || text.nb;
}
