"use client";

import { useId, useRef, useState, type ReactNode } from "react";
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
  /**
   * The trigger is its form's submit button: pressing Enter in the form's field (implicit submission, which "clicks"
   * the form's first submit button: HTML Living Standard, 4.10.21.2) opens the dialog too, instead of sending the form
   * unasked past a type=button trigger.
   */
  submitsForm?: boolean;
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
 * (publish, copy), with a description of what will change. A native modal `<dialog>` (the browser traps focus in it,
 * makes the page behind it inert, closes it on Escape and gives focus back to the trigger) in the alertdialog role,
 * instead of Radix's AlertDialog: the same behaviour without ~20 kB of compressed JavaScript on each page that asks.
 */
export function ConfirmDialog(props: TProps) {
  const tone = TONES[props.tone ?? "danger"];
  const [open, setOpen] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const id = useId();
  return (
    <>
      <button
        type={props.submitsForm ? "submit" : "button"}
        aria-label={props.triggerAriaLabel}
        aria-describedby={props.triggerDescribedBy}
        aria-haspopup="dialog"
        disabled={props.triggerDisabled || (!props.keepTriggerEnabled && props.pending)}
        onClick={(event) => {
          // A submit trigger only asks: the form is sent by `onConfirm`.
          event.preventDefault();
          setOpen(true);
        }}
        className={buttonClass({ variant: tone.trigger, size: props.triggerSize })}
      >
        {props.pending && props.pendingLabel ? props.pendingLabel : props.trigger}
      </button>
      {/* Rendered while open only, so its texts are not on the page (nor found by a search) while it is closed. */}
      {open && (
        <dialog
          ref={(dialog) => {
            dialogRef.current = dialog;
            if (dialog && !dialog.open) dialog.showModal();
          }}
          role="alertdialog"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-description`}
          onClose={() => setOpen(false)}
          className="max-h-[90vh] w-[90vw] max-w-md overflow-y-auto rounded bg-white p-6 text-slate-900 shadow-xl backdrop:bg-black/40"
        >
          <h2 id={`${id}-title`} className="text-lg font-semibold">
            {props.title}
          </h2>
          <div id={`${id}-description`} className="mt-2 space-y-2 text-slate-700">
            {props.description}
          </div>
          <div className="mt-6 flex justify-end gap-2">
            {/* First in the dialog, so the browser focuses it on opening, as the safe choice. */}
            <button type="button" onClick={() => dialogRef.current?.close()} className={buttonClass()}>
              {props.cancelLabel}
            </button>
            <button
              type="button"
              onClick={() => {
                dialogRef.current?.close();
                void props.onConfirm();
              }}
              disabled={props.pending}
              className={buttonClass({ variant: tone.confirm })}
            >
              {props.confirmLabel}
            </button>
          </div>
        </dialog>
      )}
    </>
  );
}
