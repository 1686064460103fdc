"use client";

import type { InputHTMLAttributes } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { CONTROL_CLASS, controlAria, Field, type TFieldFrame } from "./field";

/** A labelled input with its hint and its error beside it, wired for screen readers. */
export function TextField({
  registration,
  inputProps,
  ...field
}: TFieldFrame & {
  registration: UseFormRegisterReturn;
  inputProps?: InputHTMLAttributes<HTMLInputElement>;
}) {
  return (
    <Field {...field}>
      <input
        id={field.id}
        {...controlAria(field.id, field)}
        className={`w-full ${CONTROL_CLASS}`}
        {...inputProps}
        {...registration}
      />
    </Field>
  );
}
