"use client";

import { useTranslations } from "next-intl";
import { RetryButton } from "@/components/ui/retry-button";
import { retryUpstreamChangeAction } from "@/lib/actions/upstream-change-actions";

/** Queues the failed registry change again (the organisation's own retry, EDITOR and up). */
export function RetryPublicationButton({ orgNumber, changeId }: { orgNumber: string; changeId: string }) {
  const t = useTranslations("publishing.sync");
  return <RetryButton retry={() => retryUpstreamChangeAction({ orgNumber, changeId })} label={t("retry")} pendingLabel={t("retrying")} />;
}
