import "server-only";
import { createTranslator } from "next-intl";
import { loadMessages } from "./load-messages";
import { intlLocale } from "./locales";
import { resolveLocale } from "./resolve-locale";

/** Translator for server code outside rendering (server actions' error messages). */
export async function errorTranslator() {
  const locale = await resolveLocale();
  return createTranslator({
    locale: intlLocale(locale),
    messages: loadMessages(locale),
    namespace: "errors",
    timeZone: "Europe/Oslo",
  });
}
