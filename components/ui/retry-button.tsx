"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { TActionResult } from "@/lib/errors/action-result";

/**
 * Queues a failed upstream change again: runs the retry action, shows its refusal beside the button, and re-renders
 * the page from the server so the change's new state shows. The one retry button of the portal.
 */
export function RetryButton(props: {
  retry: () => Promise<TActionResult<unknown>>;
  label: string;
  pendingLabel?: string;
  /** Accessible name when the visible label alone does not say what is retried; starts with the label. */
  ariaLabel?: string;
  /** In a line of text (a span) rather than a block of its own. */
  inline?: boolean;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const Wrapper = props.inline ? "span" : "div";
  const onClick = () =>
    startTransition(async () => {
      const result = await props.retry();
      setError(result.ok ? null : result.error.message);
      router.refresh();
    });
  return (
    <Wrapper aria-live={props.inline ? "polite" : undefined}>
      <button
        type="button"
        disabled={pending}
        onClick={onClick}
        aria-label={props.ariaLabel}
        className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-50"
      >
        {pending && props.pendingLabel ? props.pendingLabel : props.label}
      </button>
      {error &&
        (props.inline ? (
          <span role="alert" className="ml-2 text-sm text-red-700">
            {error}
          </span>
        ) : (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        ))}
    </Wrapper>
  );
}
