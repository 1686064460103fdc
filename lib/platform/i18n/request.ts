import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "./load-messages";
import { resolveLocale } from "./resolve-locale";

// next-intl without locale routing: the language is a cookie, so URLs stay the same in both languages.
export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return { locale, messages: loadMessages(locale), timeZone: "Europe/Oslo" };
});
