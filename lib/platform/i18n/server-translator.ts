import "server-only";
import { createTranslator } from "next-intl";
import { loadMessages } from "./load-messages";
import { resolveLocale } from "./resolve-locale";

/** Translator for server code outside rendering (server actions' error messages). */
export async function errorTranslator() {
  const locale = await resolveLocale();
  return createTranslator({ locale, messages: loadMessages(locale), namespace: "errors" });
}
