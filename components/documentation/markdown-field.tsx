"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldError } from "@/components/forms/field-error";

/** A labelled Markdown text area with its hint and its error beside it. */
export function MarkdownField(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  rows?: number;
  registration: UseFormRegisterReturn;
}) {
  const describedBy = [props.hint && `${props.id}-hint`, `${props.id}-error`].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={props.id} className="block text-sm font-medium">
        {props.label}
      </label>
      {props.hint && (
        <p id={`${props.id}-hint`} className="mt-1 text-sm text-slate-600">
          {props.hint}
        </p>
      )}
      <textarea
        id={props.id}
        rows={props.rows ?? 6}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 w-full rounded border border-slate-400 px-3 py-2 font-mono text-sm aria-invalid:border-red-600"
        {...props.registration}
      />
      <FieldError id={`${props.id}-error`} message={props.error} />
    </div>
  );
}
