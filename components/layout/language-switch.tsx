import { getTranslations } from "next-intl/server";
import { LOCALES } from "@/lib/platform/i18n/locales";

/** A plain form, so the language can be changed without JavaScript. Each name is written in its own language. */
export async function LanguageSwitch({ current }: { current: string }) {
  const t = await getTranslations("layout");
  return (
    <form method="post" action="/api/locale" className="flex items-center gap-1" aria-label={t("language")}>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className="rounded px-2 py-1 text-sm aria-pressed:bg-brand-100 aria-pressed:font-semibold hover:bg-slate-100"
        >
          {t(`languages.${locale}`)}
        </button>
      ))}
    </form>
  );
}
