import { useState } from "react";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import type { TActionError, TActionResult } from "@/lib/errors/action-result";
import { applyServerErrors } from "./apply-server-errors";

/**
 * Sends a form's values to its server action. A refusal is kept in `error` for FormStatus, and its field errors
 * are put beside the fields; success clears the error and hands the action's data to `onSuccess`. The result is
 * returned too, for a form that reacts to one kind of refusal (a conflict, a tab to show).
 */
export function useActionSubmit<TForm extends FieldValues>(setFieldError: UseFormSetError<TForm>) {
  const [error, setError] = useState<TActionError | null>(null);

  async function submit<TInput, TData>(
    action: (input: TInput) => Promise<TActionResult<TData>>,
    values: NoInfer<TInput>,
    onSuccess: (data: TData) => void | Promise<void>,
  ): Promise<TActionResult<TData>> {
    const result = await action(values);
    if (!result.ok) {
      setError(result.error);
      applyServerErrors(result.error, setFieldError);
      return result;
    }
    setError(null);
    await onSuccess(result.data);
    return result;
  }

  return { error, submit };
}
