// Bokmål and nynorsk are both offered: public bodies must offer both written standards (språklova § 9).
export const LOCALES = ["nb", "nn", "en"] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = "nb";
export const LOCALE_COOKIE = "NEXT_LOCALE";

/**
 * The locale next-intl formats dates and numbers with. English is British English: a Norwegian portal writes
 * 30/11/2026 and 24-hour times, not the US 11/30/26, 3:04 PM that plain "en" gives. Nynorsk formats with bokmål's
 * data, tagged `-x-nn` so `toLocale` still knows the language: Chromium ships no ICU data for "nn" (it would format
 * 10,000 in the browser and 10 000 on the server), and the numbers, numeric dates and month names the portal shows
 * are the same in both written standards.
 */
const INTL_LOCALES: Record<TLocale, string> = { nb: "nb", nn: "nb-x-nn", en: "en-GB" };

export function isLocale(value: unknown): value is TLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function intlLocale(locale: TLocale): string {
  return INTL_LOCALES[locale];
}

/** The portal's language for a next-intl locale (`getLocale()` gives "en-GB", "nb-x-nn"); bokmål for anything else. */
export function toLocale(value: string | null | undefined): TLocale {
  const lower = (value ?? "").toLowerCase();
  if (lower.endsWith("-x-nn")) return "nn";
  const tag = lower.split("-")[0];
  return isLocale(tag) ? tag : DEFAULT_LOCALE;
}

/** The first supported language in an Accept-Language header (`no` counts as bokmål). */
export function localeFromAcceptLanguage(header: string | null | undefined): TLocale | null {
  for (const part of (header ?? "").split(",")) {
    const tag = part.split(";")[0]?.trim().toLowerCase().split("-")[0];
    if (tag === "en" || tag === "nn" || tag === "nb") return tag;
    if (tag === "no") return "nb";
  }
  return null;
}

/**
 * The visitor's language: the one chosen in the portal (the `NEXT_LOCALE` cookie app/api/locale sets), else the
 * browser's, else bokmål. Pure, so the proxy (which picks the cached public page) and the pages decide alike.
 */
export function chooseLocale(chosen: string | null | undefined, acceptLanguage: string | null | undefined): TLocale {
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
}

/** The portal's language whose next-intl locale this is exactly (`intlLocale`); null for any other value. */
export function fromIntlLocale(value: string | null | undefined): TLocale | null {
  return LOCALES.find((locale) => INTL_LOCALES[locale] === value) ?? null;
}
