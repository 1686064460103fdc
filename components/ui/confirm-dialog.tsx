"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import type { ReactNode } from "react";
import { buttonClass, type TButtonSize, type TButtonVariant } from "./button";

type TProps = {
  trigger: string;
  /** The trigger's accessible name where its text alone is ambiguous, as in a table with one per row. */
  triggerAriaLabel?: string;
  /** `xs` for a trigger in a table row. */
  triggerSize?: TButtonSize;
  /**
   * `primary` for a change that adds rather than removes (publish or copy to production): the trigger and the
   * confirm button take that look instead of the danger one.
   */
  tone?: "danger" | "primary";
  /** The trigger cannot be used now (the reason is shown beside it, named by `triggerDescribedBy`). */
  triggerDisabled?: boolean;
  triggerDescribedBy?: string;
  /** The trigger's text while the confirmed change runs. */
  pendingLabel?: string;
  /**
   * The confirmed change is running (`pending` of `useActionSubmit`): the confirm button is disabled, and so is the
   * trigger unless `keepTriggerEnabled`.
   */
  pending: boolean;
  /**
   * A row's trigger stays enabled while the change runs: closing the dialog returns focus to it, which a disabled
   * button cannot take.
   */
  keepTriggerEnabled?: boolean;
  title: ReactNode;
  description: ReactNode;
  cancelLabel: string;
  confirmLabel: string;
  /**
   * Runs the change once confirmed. The dialog closes at the click, so the caller shows the outcome
   * beside the trigger, where its page has room for it.
   */
  onConfirm: () => unknown;
};

const TONES: Record<"danger" | "primary", { trigger: TButtonVariant; confirm: TButtonVariant }> = {
  danger: { trigger: "danger", confirm: "dangerSolid" },
  primary: { trigger: "primary", confirm: "primary" },
};

/**
 * Asks before a change that cannot be taken back (remove, deactivate, delete, withdraw) or that reaches production
 * (publish, copy), with a description of what will change.
 */
export function ConfirmDialog(props: TProps) {
  const tone = TONES[props.tone ?? "danger"];
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger
        aria-label={props.triggerAriaLabel}
        aria-describedby={props.triggerDescribedBy}
        disabled={props.triggerDisabled || (!props.keepTriggerEnabled && props.pending)}
        className={buttonClass({ variant: tone.trigger, size: props.triggerSize })}
      >
        {props.pending && props.pendingLabel ? props.pendingLabel : props.trigger}
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 bg-black/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 max-h-[90vh] w-[90vw] max-w-md overflow-y-auto -translate-x-1/2 -translate-y-1/2 rounded bg-white p-6 shadow-xl">
          <AlertDialog.Title className="text-lg font-semibold">{props.title}</AlertDialog.Title>
          <AlertDialog.Description asChild>
            <div className="mt-2 space-y-2 text-slate-700">{props.description}</div>
          </AlertDialog.Description>
          <div className="mt-6 flex justify-end gap-2">
            <AlertDialog.Cancel className={buttonClass()}>{props.cancelLabel}</AlertDialog.Cancel>
            <AlertDialog.Action
              onClick={() => void props.onConfirm()}
              disabled={props.pending}
              className={buttonClass({ variant: tone.confirm })}
            >
              {props.confirmLabel}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
