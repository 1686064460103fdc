"use client";

import { useRouter } from "next/navigation";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "./button";
import { dismissUpstreamChangeAction } from "@/lib/upstream-status/upstream-change-actions";

/**
 * Clears a failed change that a later change to the same object (an access list, a scope, a client) has replaced
 * (it can no longer be retried); the page is read again, and the failure is gone from it. A refusal is shown beside
 * the button.
 */
export function DismissChangeButton(props: { orgNumber: string; changeId: string; label: string; ariaLabel: string }) {
  const router = useRouter();
  const { error, pending, submit } = useActionSubmit();
  const dismiss = () =>
    submit(dismissUpstreamChangeAction, { orgNumber: props.orgNumber, changeId: props.changeId }, () =>
      router.refresh(),
    );
  return (
    <span aria-live="polite">
      <Button size="xs" pending={pending} onClick={() => void dismiss()} aria-label={props.ariaLabel}>
        {props.label}
      </Button>
      {error && (
        <span role="alert" className="ml-2 text-sm text-red-700">
          {error.message}
        </span>
      )}
    </span>
  );
}
