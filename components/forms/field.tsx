import type { ReactNode } from "react";
import { FieldError } from "./field-error";

/** The look of a text input, textarea or select; `aria-invalid` turns its border red. */
// max-w-full: a control never grows past its box (a select is as wide as its longest option; at phone width that
// can be wider than the page).
export const CONTROL_CLASS = "mt-1 max-w-full rounded border border-slate-400 px-3 py-2 aria-invalid:border-red-600";

/**
 * What a field's control needs to be read with its hint and error: screen readers announce both with the control
 * (and whatever else `describedBy` names). The error's id is always named, so an error that appears later is read
 * without re-wiring.
 */
export function controlAria(
  id: string,
  options: { hint?: ReactNode; error?: string; invalid?: boolean; describedBy?: string },
) {
  return {
    "aria-invalid": options.error || options.invalid ? true : undefined,
    "aria-describedby": [options.hint ? `${id}-hint` : null, options.describedBy, `${id}-error`]
      .filter(Boolean)
      .join(" "),
  } as const;
}

export type TFieldFrame = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Invalid without a message of its own here (the messages are in `messages`, or elsewhere on the page). */
  invalid?: boolean;
  /** More ids that describe the control: a rule above the field, warnings and details under it. */
  describedBy?: string;
  /** Under the hint: details of the chosen value, warnings. */
  after?: ReactNode;
  /** In place of the one error message: a field that shows every problem it has (id `${id}-error`). */
  messages?: ReactNode;
  /** The label is read by screen readers only (a control in a table row, named by its row). */
  labelHidden?: boolean;
  /** Layout of the whole field (label, control, hint, error). */
  className?: string;
};

/** The frame's own props, taken off a field component's props; the rest go to its control. */
export function splitFieldFrame<T extends TFieldFrame>(props: T) {
  const { id, label, hint, error, invalid, describedBy, after, messages, labelHidden, className, ...control } = props;
  const frame: TFieldFrame = { id, label, hint, error, invalid, describedBy, after, messages, labelHidden, className };
  return { frame, control, aria: controlAria(id, frame) };
}

/** A label, one control (the children, wired with `controlAria`), its hint and its error: every field of the portal. */
export function Field(props: TFieldFrame & { children: ReactNode }) {
  return (
    <div className={`max-w-full ${props.className ?? ""}`}>
      <label htmlFor={props.id} className={props.labelHidden ? "sr-only" : "block text-sm font-medium"}>
        {props.label}
      </label>
      {props.children}
      {props.hint && (
        <p id={`${props.id}-hint`} className="mt-1 text-sm text-slate-600">
          {props.hint}
        </p>
      )}
      {props.after}
      {props.messages ?? <FieldError id={`${props.id}-error`} message={props.error} />}
    </div>
  );
}
