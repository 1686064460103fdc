"use client";

import type { TextareaHTMLAttributes } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { CONTROL_CLASS, controlAria, Field, type TFieldFrame } from "./field";

/** A labelled textarea with its hint and its error beside it, wired for screen readers (see Field). */
export function TextAreaField({
  registration,
  textareaProps,
  rows = 3,
  textareaClassName = "",
  ...field
}: TFieldFrame & {
  rows?: number;
  registration: UseFormRegisterReturn;
  textareaProps?: TextareaHTMLAttributes<HTMLTextAreaElement>;
  /** Added to the textarea's look (a monospace font for a token). */
  textareaClassName?: string;
}) {
  return (
    <Field {...field}>
      <textarea
        id={field.id}
        rows={rows}
        {...controlAria(field.id, field)}
        className={`w-full ${CONTROL_CLASS} ${textareaClassName}`}
        {...textareaProps}
        {...registration}
      />
    </Field>
  );
}
