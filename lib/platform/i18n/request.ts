import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "./load-messages";
import { fromIntlLocale, intlLocale } from "./locales";
import { resolveLocale } from "./resolve-locale";

// next-intl without locale routing: the language is a cookie, so URLs stay the same in every language.
// next-intl's locale is the one dates and numbers are formatted in ("en-GB" for English); `toLocale` maps it back.
// A statically rendered public page names its language instead (next-intl's `setRequestLocale`, app/(public)): it
// reads no cookie, so it can be cached per language.
export default getRequestConfig(async ({ requestLocale }) => {
  const locale = fromIntlLocale(await requestLocale) ?? (await resolveLocale());
  return { locale: intlLocale(locale), messages: loadMessages(locale), timeZone: "Europe/Oslo" };
});
