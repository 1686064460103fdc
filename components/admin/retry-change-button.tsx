"use client";

import { RetryButton } from "@/components/ui/retry-button";
import { retryAnyUpstreamChangeAction } from "@/lib/actions/upstream-change-actions";

/** A platform administrator's retry of any organisation's failed change. */
export function RetryChangeButton({ changeId, label }: { changeId: string; label: string }) {
  return <RetryButton retry={() => retryAnyUpstreamChangeAction({ changeId })} label={label} />;
}
