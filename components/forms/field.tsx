import type { ReactNode } from "react";
import { FieldError } from "./field-error";

/** The look of a text input, textarea or select; `aria-invalid` turns its border red. */
export const CONTROL_CLASS = "mt-1 rounded border border-slate-400 px-3 py-2 aria-invalid:border-red-600";

/**
 * What a field's control needs to be read with its hint and error: screen readers announce both with the control.
 * The error's id is always named, so an error that appears later is read without re-wiring.
 */
export function controlAria(id: string, options: { hint?: ReactNode; error?: string }) {
  return {
    "aria-invalid": options.error ? true : undefined,
    "aria-describedby": [options.hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" "),
  } as const;
}

export type TFieldFrame = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** The label is read by screen readers only (a control in a table row, named by its row). */
  labelHidden?: boolean;
  /** Layout of the whole field (label, control, hint, error). */
  className?: string;
};

/** A label, one control (the children, wired with `controlAria`), its hint and its error: every field of the portal. */
export function Field(props: TFieldFrame & { children: ReactNode }) {
  return (
    <div className={props.className}>
      <label htmlFor={props.id} className={props.labelHidden ? "sr-only" : "block text-sm font-medium"}>
        {props.label}
      </label>
      {props.children}
      {props.hint && (
        <p id={`${props.id}-hint`} className="mt-1 text-sm text-slate-600">
          {props.hint}
        </p>
      )}
      <FieldError id={`${props.id}-error`} message={props.error} />
    </div>
  );
}
