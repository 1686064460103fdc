"use client";

import type { ReactNode } from "react";
import type { TButtonSize } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { SubmitButton } from "./submit-button";

/**
 * A form's submit button that asks first in production (issue 16.3): there the change reaches what consumers use, so
 * `summary` says what production gets and `onConfirm` sends the form once confirmed (its own checks run then); in
 * test it submits at once. The texts are the feature's, so the dialog names the object it changes. Pressing Enter in
 * the form asks the same way (the trigger is the form's submit button), so production is never changed unasked.
 */
export function ProductionSubmit(props: {
  production: boolean;
  pending: boolean;
  label: string;
  pendingLabel?: string;
  size?: TButtonSize;
  title: string;
  summary: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => unknown;
}) {
  const size = props.size ?? "md";
  if (!props.production)
    return <SubmitButton pending={props.pending} label={props.label} pendingLabel={props.pendingLabel} size={size} />;
  return (
    <ConfirmDialog
      tone="primary"
      submitsForm
      triggerSize={size}
      trigger={props.label}
      pendingLabel={props.pendingLabel}
      pending={props.pending}
      title={props.title}
      description={<div data-testid="production-summary">{props.summary}</div>}
      cancelLabel={props.cancelLabel}
      confirmLabel={props.confirmLabel}
      onConfirm={props.onConfirm}
    />
  );
}
