"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { retryUpstreamChangeAction } from "@/lib/actions/upstream-change-actions";

/** Queues a failed grant again; the request moves on to active once every grant is synced. */
export function RetryGrantButton(props: { orgNumber: string; changeId: string; target: string }) {
  const t = useTranslations("accessRequests.grants");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const retry = () =>
    startTransition(async () => {
      const result = await retryUpstreamChangeAction({ orgNumber: props.orgNumber, changeId: props.changeId });
      setError(result.ok ? null : result.error.message);
      router.refresh();
    });
  return (
    <span aria-live="polite">
      <button
        type="button"
        disabled={pending}
        onClick={retry}
        aria-label={t("retryLabel", { target: props.target })}
        className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-50"
      >
        {t("retry")}
      </button>
      {error && (
        <span role="alert" className="ml-2 text-sm text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
