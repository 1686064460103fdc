"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { retryUpstreamChangeAction } from "@/lib/actions/upstream-change-actions";

/** Queues the failed registry change again (the organisation's own retry, EDITOR and up). */
export function RetryPublicationButton({ orgNumber, changeId }: { orgNumber: string; changeId: string }) {
  const t = useTranslations("publishing.sync");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await retryUpstreamChangeAction({ orgNumber, changeId });
            setError(result.ok ? null : result.error.message);
            router.refresh();
          })
        }
        className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-50"
      >
        {pending ? t("retrying") : t("retry")}
      </button>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
