"use client";

import type { FieldError as TRhfFieldError } from "react-hook-form";
import { FieldError } from "@/components/forms/field-error";
import { CONTROL_CLASS } from "@/components/forms/field";

/**
 * Every message of a field, not just the first: a consent text can have several problems at once
 * (e.g. two undeclared placeholders), and each names its key. Needs `criteriaMode: "all"`.
 */
export function messagesOf(error: TRhfFieldError | undefined): string[] {
  if (!error) return [];
  const fromTypes = Object.values(error.types ?? {})
    .flat()
    .filter((m): m is string => typeof m === "string");
  const all = fromTypes.length ? fromTypes : error.message ? [error.message] : [];
  return [...new Set(all)];
}

export function FieldMessages({ id, error }: { id: string; error: TRhfFieldError | undefined }) {
  const messages = messagesOf(error);
  if (!messages.length) return <span id={id} />;
  return (
    <div id={id} data-testid={id}>
      {messages.map((message) => (
        <FieldError key={message} id={`${id}-${message}`} message={message} />
      ))}
    </div>
  );
}

export const inputClass = `w-full ${CONTROL_CLASS}`;
