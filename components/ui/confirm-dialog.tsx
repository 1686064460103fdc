"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useTransition, type ReactNode } from "react";

const DANGER_TRIGGER = "rounded border border-red-300 px-3 py-1.5 text-red-800 hover:bg-red-50 disabled:opacity-50";

type TProps = {
  trigger: string;
  /** The trigger's accessible name where its text alone is ambiguous, as in a table with one per row. */
  triggerAriaLabel?: string;
  triggerClassName?: string;
  /**
   * Whether the trigger is disabled while the confirmed change runs (the default), so it cannot be asked for twice.
   * A row's trigger stays enabled instead: closing the dialog returns focus to it, which a disabled button cannot take.
   */
  disableTriggerWhilePending?: boolean;
  title: ReactNode;
  description: ReactNode;
  cancelLabel: string;
  confirmLabel: string;
  /**
   * Runs in a transition once confirmed. The dialog closes at the click, so the caller shows the outcome
   * beside the trigger, where its page has room for it.
   */
  onConfirm: () => Promise<void>;
};

/** Asks before a change that cannot be taken back (remove, deactivate, delete, withdraw). */
export function ConfirmDialog(props: TProps) {
  const [pending, startTransition] = useTransition();
  const confirm = () => startTransition(props.onConfirm);

  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger
        aria-label={props.triggerAriaLabel}
        disabled={props.disableTriggerWhilePending !== false && pending}
        className={props.triggerClassName ?? DANGER_TRIGGER}
      >
        {props.trigger}
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 bg-black/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 w-[90vw] max-w-md -translate-x-1/2 -translate-y-1/2 rounded bg-white p-6 shadow-xl">
          <AlertDialog.Title className="text-lg font-semibold">{props.title}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-slate-700">{props.description}</AlertDialog.Description>
          <div className="mt-6 flex justify-end gap-2">
            <AlertDialog.Cancel className="rounded border border-slate-300 px-3 py-1.5">{props.cancelLabel}</AlertDialog.Cancel>
            <AlertDialog.Action onClick={confirm} disabled={pending} className="rounded bg-red-700 px-3 py-1.5 font-medium text-white hover:bg-red-800">
              {props.confirmLabel}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
