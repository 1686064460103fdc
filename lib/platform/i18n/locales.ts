export const LOCALES = ["nb", "en"] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = "nb";
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: unknown): value is TLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The first supported language in an Accept-Language header (`nb`, `no`, `nn` count as bokmål). */
export function localeFromAcceptLanguage(header: string | null | undefined): TLocale | null {
  for (const part of (header ?? "").split(",")) {
    const tag = part.split(";")[0]?.trim().toLowerCase().split("-")[0];
    if (tag === "en") return "en";
    if (tag === "nb" || tag === "no" || tag === "nn") return "nb";
  }
  return null;
}
