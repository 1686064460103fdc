import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "./load-messages";
import { fromIntlLocale, intlLocale } from "./locales";
import { MESSAGE_FORMATS } from "./message-formats";
import { resolveLocale } from "./resolve-locale";
import { strictMessageHandlers } from "./strict-messages";

// next-intl without locale routing: the language is a cookie, so URLs stay the same in every language.
// next-intl's locale is the one dates and numbers are formatted in ("en-GB" for English); `toLocale` maps it back.
// A statically rendered public page names its language instead (next-intl's `setRequestLocale`, app/(public)): it
// reads no cookie, so it can be cached per language. In the e2e stack a missing message shows as a marker (strict-messages.ts).
export default getRequestConfig(async ({ requestLocale }) => {
  const locale = fromIntlLocale(await requestLocale) ?? (await resolveLocale());
  return {
    locale: intlLocale(locale),
    messages: loadMessages(locale),
    timeZone: "Europe/Oslo",
    formats: MESSAGE_FORMATS,
    ...strictMessageHandlers(),
  };
});
