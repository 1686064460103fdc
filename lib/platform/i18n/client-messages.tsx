import "server-only";
import { getLocale, getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { MergeMessagesProvider } from "./merge-messages-provider";
import { pickMessages } from "./pick-messages";
import { routeMessagePaths } from "./route-message-paths";

/**
 * Hands the client components below it the messages they use beyond what the layouts above already handed out, as
 * listed for `route` (the route file below app/(portal), no extension) in route-message-paths.ts: only these are
 * serialised into the page. client-messages-coverage.test.ts holds each route file to exactly what its client
 * components use; `npx tsx scripts/i18n/print-route-messages.ts --write` rewrites the list.
 */
export async function ClientMessages(props: { route: string; children: ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <MergeMessagesProvider locale={locale} messages={pickMessages(messages as never, routeMessagePaths(props.route))}>
      {props.children}
    </MergeMessagesProvider>
  );
}
