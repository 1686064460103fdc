"use client";

import { NextIntlClientProvider, useMessages } from "next-intl";
import { useMemo, type ReactNode } from "react";
import { mergeMessages } from "./merge-messages";

/**
 * A nested NextIntlClientProvider whose messages are its parent's plus `messages`. next-intl's provider replaces its
 * parent's messages when given some (use-intl's IntlProvider: `messages === undefined ? prevContext.messages :
 * messages`) and inherits the rest (formats, now, timeZone, onError, getMessageFallback); the locale it needs
 * explicitly. Merging here sends each part of the page only the messages the layouts above it did not send already.
 */
export function MergeMessagesProvider(props: {
  locale: string;
  messages: Record<string, unknown>;
  children: ReactNode;
}) {
  const inherited = useMessages();
  const messages = useMemo(() => mergeMessages(inherited, props.messages), [inherited, props.messages]);
  return (
    <NextIntlClientProvider locale={props.locale} messages={messages}>
      {props.children}
    </NextIntlClientProvider>
  );
}
