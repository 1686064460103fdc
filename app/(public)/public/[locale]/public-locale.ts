import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { intlLocale, isLocale, type TLocale } from "@/lib/platform/i18n/locales";

/**
 * The static pages' language, from their path (proxy.ts chose it from the visitor's cookie or browser). Handed to
 * next-intl before anything is translated, so nothing reads a cookie and the page can be rendered once and cached;
 * every layout and page of the group calls it first, as next-intl's static rendering asks.
 */
export async function publicLocale(params: Promise<{ locale: string }>): Promise<TLocale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(intlLocale(locale));
  return locale;
}
