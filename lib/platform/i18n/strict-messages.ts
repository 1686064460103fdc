import { IntlErrorCode, type IntlError } from "next-intl";

// In the end-to-end stack (E2E_STRICT_MESSAGES=1, scripts/e2e-server.ts) a message the code asks for but no catalog
// holds, or one that fails to format, shows as a marker on the page instead of next-intl's quiet `namespace.key`
// fallback, and is logged: the walks (e2e/support/page-checks.ts) fail on the marker. Elsewhere next-intl's defaults.

/** What every strict marker starts with: `⟦missing:namespace.key⟧`, `⟦FORMATTING_ERROR:namespace.key⟧`. */
export const MESSAGE_MARKER = "⟦";

type TFallback = { error: IntlError; key: string; namespace?: string };

export const strictMessageMarker = ({ error, key, namespace }: TFallback) =>
  `${MESSAGE_MARKER}${error.code === IntlErrorCode.MISSING_MESSAGE ? "missing" : error.code}:${namespace ? `${namespace}.` : ""}${key}⟧`;

/** next-intl's `onError` and `getMessageFallback` when messages are strict; nothing (its defaults) otherwise. */
export function strictMessageHandlers(env: Record<string, string | undefined> = process.env) {
  if (env.E2E_STRICT_MESSAGES !== "1") return {};
  return {
    onError: (error: IntlError) => console.error(`[i18n] ${error.code}: ${error.message}`),
    getMessageFallback: strictMessageMarker,
  };
}
