import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "./load-messages";
import { intlLocale } from "./locales";
import { resolveLocale } from "./resolve-locale";

// next-intl without locale routing: the language is a cookie, so URLs stay the same in every language.
// next-intl's locale is the one dates and numbers are formatted in ("en-GB" for English); `toLocale` maps it back.
export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return { locale: intlLocale(locale), messages: loadMessages(locale), timeZone: "Europe/Oslo" };
});
