"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import type { ReactNode } from "react";
import { buttonClass, type TButtonSize } from "./button";

type TProps = {
  trigger: string;
  /** The trigger's accessible name where its text alone is ambiguous, as in a table with one per row. */
  triggerAriaLabel?: string;
  /** `xs` for a trigger in a table row. */
  triggerSize?: TButtonSize;
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

/** Asks before a change that cannot be taken back (remove, deactivate, delete, withdraw). */
export function ConfirmDialog(props: TProps) {
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger
        aria-label={props.triggerAriaLabel}
        disabled={!props.keepTriggerEnabled && props.pending}
        className={buttonClass({ variant: "danger", size: props.triggerSize })}
      >
        {props.trigger}
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 bg-black/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 w-[90vw] max-w-md -translate-x-1/2 -translate-y-1/2 rounded bg-white p-6 shadow-xl">
          <AlertDialog.Title className="text-lg font-semibold">{props.title}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-slate-700">{props.description}</AlertDialog.Description>
          <div className="mt-6 flex justify-end gap-2">
            <AlertDialog.Cancel className={buttonClass()}>{props.cancelLabel}</AlertDialog.Cancel>
            <AlertDialog.Action
              onClick={() => void props.onConfirm()}
              disabled={props.pending}
              className={buttonClass({ variant: "dangerSolid" })}
            >
              {props.confirmLabel}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
