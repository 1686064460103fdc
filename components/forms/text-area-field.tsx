"use client";

import type { TextareaHTMLAttributes } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldError } from "./field-error";

/** A labelled textarea with its hint and its error beside it, wired for screen readers (see TextField). */
export function TextAreaField(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  rows?: number;
  registration: UseFormRegisterReturn;
  textareaProps?: TextareaHTMLAttributes<HTMLTextAreaElement>;
  className?: string;
}) {
  const describedBy = [props.hint && `${props.id}-hint`, `${props.id}-error`].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={props.id} className="block text-sm font-medium">
        {props.label}
      </label>
      <textarea
        id={props.id}
        rows={props.rows ?? 3}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        className={`mt-1 w-full rounded border border-slate-400 px-3 py-2 aria-invalid:border-red-600 ${props.className ?? ""}`}
        {...props.textareaProps}
        {...props.registration}
      />
      {props.hint && (
        <p id={`${props.id}-hint`} className="mt-1 text-sm text-slate-600">
          {props.hint}
        </p>
      )}
      <FieldError id={`${props.id}-error`} message={props.error} />
    </div>
  );
}
