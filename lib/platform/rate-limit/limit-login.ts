import "server-only";
import { NextResponse } from "next/server";
import { errorTranslator } from "@/lib/platform/i18n/server-translator";
import { clientAddress } from "./client-address";
import { consumeRateLimit } from "./consume-rate-limit";
import { retryAfterOf } from "./rate-limiter";

/**
 * For the login routes (next-auth's sign-in and callback): counts the attempt per client address and answers 429 with
 * `Retry-After` and a translated message when over `RATE_LIMIT_LOGIN_PER_MINUTE`; null when the login may go on.
 */
export async function checkLoginRateLimit(request: Request): Promise<Response | null> {
  try {
    await consumeRateLimit("login", clientAddress(request.headers));
    return null;
  } catch (error) {
    const retryAfter = retryAfterOf(error);
    if (retryAfter === null) throw error;
    const t = await errorTranslator();
    return NextResponse.json(
      { error: { code: "RATE_LIMITED", message: t("rateLimited", { retryAfter }) } },
      { status: 429, headers: { "retry-after": String(retryAfter), "cache-control": "no-store" } },
    );
  }
}
