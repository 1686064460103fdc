"use client";

import { useTranslations } from "next-intl";
import { RetryButton } from "@/components/ui/retry-button";
import { retryUpstreamChangeAction } from "@/lib/actions/upstream-change-actions";

/** Queues a failed grant again; the request moves on to active once every grant is synced. */
export function RetryGrantButton(props: { orgNumber: string; changeId: string; target: string }) {
  const t = useTranslations("accessRequests.grants");
  return (
    <RetryButton
      retry={() => retryUpstreamChangeAction({ orgNumber: props.orgNumber, changeId: props.changeId })}
      label={t("retry")}
      ariaLabel={t("retryLabel", { target: props.target })}
      inline
    />
  );
}
