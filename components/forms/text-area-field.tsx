"use client";

import type { TextareaHTMLAttributes } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { CONTROL_CLASS, Field, splitFieldFrame, type TFieldFrame } from "./field";

/**
 * A labelled textarea with its hint and its error beside it, wired for screen readers (see Field): registered with
 * react-hook-form, or controlled through `textareaProps` (`value`, `onChange`).
 */
export function TextAreaField({
  registration,
  textareaProps,
  rows = 3,
  textareaClassName = "",
  ...props
}: TFieldFrame & {
  rows?: number;
  registration?: UseFormRegisterReturn;
  textareaProps?: TextareaHTMLAttributes<HTMLTextAreaElement>;
  /** Added to the textarea's look (a monospace font for a token). */
  textareaClassName?: string;
}) {
  const { frame, aria } = splitFieldFrame(props);
  return (
    <Field {...frame}>
      <textarea
        id={frame.id}
        rows={rows}
        {...aria}
        className={`w-full ${CONTROL_CLASS} ${textareaClassName}`}
        {...textareaProps}
        {...registration}
      />
    </Field>
  );
}
