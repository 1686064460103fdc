"use client";

import {
  get,
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type UseFormProps,
  type UseFormReturn,
} from "react-hook-form";
import type { z } from "zod";
import type { TActionResult } from "@/lib/platform/errors/action-result";
import type { TFieldNameOf } from "./apply-server-errors";
import { lazyZodResolver } from "./lazy-zod-resolver";
import { useActionSubmit } from "./use-action-submit";

/**
 * A form that calls a server action: the action's own zod schema checks the fields in the browser (the same schema
 * checks the input on the server), and `useActionSubmit` sends it, puts the server's field errors beside the same
 * fields and keeps the outcome for FormStatus. Pass the schema as a loader (`() => import("…/schemas").then((m) =>
 * m.ZThing)`) to keep zod off the page until the form is first checked (lazy-zod-resolver.ts).
 */
export function useActionForm<TSchema extends z.ZodType<FieldValues, FieldValues>>(
  schema: TSchema | (() => Promise<TSchema>),
  defaultValues: DefaultValues<z.input<TSchema>>,
  options: Omit<UseFormProps<z.input<TSchema>, unknown, z.output<TSchema>>, "resolver" | "defaultValues"> & {
    fieldName?: TFieldNameOf<z.input<TSchema>>;
  } = {},
) {
  const { fieldName, ...formOptions } = options;
  const form = useForm<z.input<TSchema>, unknown, z.output<TSchema>>({
    resolver: lazyZodResolver(schema),
    defaultValues,
    ...formOptions,
  });
  const action = useActionSubmit(form.setError, { fieldName });

  /**
   * The submit handler of a form that adds something (a list, a scope, a member): on success the form is emptied
   * for the next one, and `message` says what was done.
   */
  function submitAndReset<TData>(
    serverAction: (input: z.output<TSchema>) => Promise<TActionResult<TData>>,
    message: (values: z.output<TSchema>, data: TData) => string,
  ) {
    return form.handleSubmit((values) =>
      action.submit(serverAction, values, (data) => {
        form.reset(defaultValues);
        return message(values, data);
      }),
    );
  }

  return { form, errors: form.formState.errors, isSubmitting: form.formState.isSubmitting, submitAndReset, ...action };
}

/** A field's registration and its error message, for a TextField, TextAreaField or MarkdownField of the form. */
export function bindField<T extends FieldValues, TOutput extends FieldValues>(
  form: UseFormReturn<T, unknown, TOutput>,
  name: Path<T>,
) {
  const error = get(form.formState.errors, name) as { message?: string } | undefined;
  return { registration: form.register(name), error: error?.message };
}
