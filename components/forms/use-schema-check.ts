"use client";

import { useState } from "react";
import type { z } from "zod";

/**
 * A small form's check by its action's own zod schema, without react-hook-form: the schema's module (and zod with
 * it) is loaded at the first check, not with the page, as lazy-zod-resolver.ts does for react-hook-form's forms
 * (issue 17: react-hook-form and zod are ~14 and ~27 kB of compressed JavaScript). Each field gets its first message
 * (keys under `errors.fields`, shown by FieldError); after a refused submit a change is checked again at once, as
 * react-hook-form re-validates. A refused check moves focus to the first field in error (`fieldIds`: each field's
 * control id, in the form's order). `setError` puts a server's field error beside its field (useActionSubmit's
 * callback).
 */
export function useSchemaCheck<TSchema extends z.ZodType>(
  load: () => Promise<TSchema>,
  fieldIds: Readonly<Record<string, string>>,
) {
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [checked, setChecked] = useState(false);

  async function run(values: z.input<TSchema>, focus: boolean): Promise<z.output<TSchema> | undefined> {
    const parsed = (await load()).safeParse(values);
    const messages: Partial<Record<string, string>> = {};
    for (const issue of parsed.error?.issues ?? []) messages[String(issue.path[0] ?? "")] ??= issue.message;
    setErrors(messages);
    if (parsed.success) return parsed.data;
    const first = Object.keys(fieldIds).find((name) => messages[name]);
    if (first && focus) document.getElementById(fieldIds[first]!)?.focus();
    return undefined;
  }

  return {
    errors,
    /** The input as the action takes it, or undefined when the schema refuses it (its messages are then shown). */
    check: (values: z.input<TSchema>) => {
      setChecked(true);
      return run(values, true);
    },
    recheck: (values: z.input<TSchema>) => void (checked && run(values, false)),
    setError: (name: string, { message }: { message?: string }) =>
      setErrors((shown) => ({ ...shown, [name]: message })),
  };
}
