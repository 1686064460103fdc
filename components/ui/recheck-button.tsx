"use client";

import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { Button } from "./button";
import { Section } from "./section";

/** The part of a live query (live-query.ts) a live check shows: whether it is asking now, and how the last ask went. */
export type TLiveQuery = {
  refetch: () => unknown;
  isFetching: boolean;
  isPending: boolean;
  isError: boolean;
  error: Error | null;
};

/** The messages that say "Check again" and "Checking…" (`checkAgain`, `checking`) for a live check. */
type TLiveCheckMessages = "checklist" | "upstreamStatus" | "delegations";

/** "Check again" for a panel whose data is verified live against the upstream APIs (the live query asked again). */
export function RecheckButton(props: {
  query: Pick<TLiveQuery, "refetch" | "isFetching">;
  messages: TLiveCheckMessages;
  small?: boolean;
}) {
  const t = useTranslations(props.messages);
  return (
    <Button
      size={props.small ? "xs" : "sm"}
      pending={props.query.isFetching}
      pendingLabel={t("checking")}
      onClick={() => void props.query.refetch()}
    >
      {t("checkAgain")}
    </Button>
  );
}

/**
 * A section whose content is checked live against the upstream APIs: "Check again" beside its heading, then the
 * first answer on its way or why it could not be read (the failed request's message), then the answer (children).
 */
export function LiveCheckSection({
  query,
  messages,
  children,
  ...section
}: Omit<ComponentProps<typeof Section>, "aside"> & { query: TLiveQuery; messages: TLiveCheckMessages }) {
  const t = useTranslations(messages);
  return (
    <Section {...section} aside={<RecheckButton query={query} messages={messages} />}>
      {query.isError && (
        <p role="alert" className="text-red-700">
          {query.error?.message}
        </p>
      )}
      {query.isPending && <p className="text-slate-600">{t("checking")}</p>}
      {children}
    </Section>
  );
}
