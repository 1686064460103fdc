"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { retryAnyUpstreamChangeAction } from "@/lib/actions/upstream-change-actions";

export function RetryChangeButton({ changeId, label }: { changeId: string; label: string }) {
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
            const result = await retryAnyUpstreamChangeAction({ changeId });
            setError(result.ok ? null : result.error.message);
            router.refresh();
          })
        }
        className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100 disabled:opacity-50"
      >
        {label}
      </button>
      {error && <p role="alert" className="text-xs text-red-700">{error}</p>}
    </div>
  );
}
