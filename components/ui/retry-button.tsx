"use client";

import { useRouter } from "next/navigation";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { retryAnyUpstreamChangeAction, retryUpstreamChangeAction } from "@/lib/upstream-status/upstream-change-actions";
import { Button } from "./button";

/**
 * Queues a failed upstream change again and shows a refusal beside the button. The one retry button of the portal:
 * an organisation's own retry (editors and up) when `orgNumber` is given, else a platform administrator's.
 */
export function RetryButton(props: {
  changeId: string;
  orgNumber?: string;
  label: string;
  pendingLabel?: string;
  /** Accessible name when the visible label alone does not say what is retried; starts with the label. */
  ariaLabel?: string;
  /** In a line of text (a span) rather than a block of its own. */
  inline?: boolean;
}) {
  const router = useRouter();
  const { error, pending, submit } = useActionSubmit();
  const { changeId, orgNumber } = props;
  const retry = () =>
    orgNumber
      ? // The organisation's retry revalidates no page (the change shows on whichever page names its object), so
        // this one is read again to show the change pending; the platform's retry revalidates its status page.
        submit(retryUpstreamChangeAction, { orgNumber, changeId }, () => router.refresh())
      : submit(retryAnyUpstreamChangeAction, { changeId });
  const Wrapper = props.inline ? "span" : "div";
  return (
    <Wrapper aria-live={props.inline ? "polite" : undefined}>
      <Button
        size="xs"
        pending={pending}
        pendingLabel={props.pendingLabel}
        onClick={() => void retry()}
        aria-label={props.ariaLabel}
      >
        {props.label}
      </Button>
      {error &&
        (props.inline ? (
          <span role="alert" className="ml-2 text-sm text-red-700">
            {error.message}
          </span>
        ) : (
          <p role="alert" className="text-sm text-red-700">
            {error.message}
          </p>
        ))}
    </Wrapper>
  );
}
