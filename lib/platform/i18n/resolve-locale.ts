import "server-only";
import { cookies, headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { chooseLocale, DEFAULT_LOCALE, LOCALE_COOKIE, type TLocale } from "./locales";

/** The user's chosen language (cookie), else the browser's, else bokmål. Outside a request: bokmål. */
export async function resolveLocale(): Promise<TLocale> {
  try {
    return chooseLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
  } catch (error) {
    // Next signals "this render depends on the request" by throwing: let that through.
    unstable_rethrow(error);
    // Called outside a request (tests, scripts): there is no cookie to read.
    return DEFAULT_LOCALE;
  }
}
