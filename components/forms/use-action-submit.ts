import { useRouter } from "next/navigation";
import { useState } from "react";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import type { TActionError, TActionResult } from "@/lib/platform/errors/action-result";
import { applyServerErrors, type TFieldNameOf } from "./apply-server-errors";

/**
 * The one way a component calls a server action, from a form or from a button. While it runs `pending` is true; a
 * refusal is kept in `error` (for FormStatus) and its field errors are put beside the form's fields; success clears
 * the error and hands the action's data to `onSuccess`, whose returned text becomes `success`. The result is
 * returned too, for a caller that reacts to one kind of refusal (a tab to show, a widget outside the form).
 *
 * No `router.refresh()` after a change: every action revalidates its pages, and Next.js then sends the current
 * page re-rendered with the action's answer. A conflict is the exception: someone else changed the thing first,
 * nothing of ours was saved (so nothing revalidated), and the page is read again to show what stands now.
 */
export function useActionSubmit<TForm extends FieldValues = FieldValues>(
  setFieldError?: UseFormSetError<TForm>,
  options: { fieldName?: TFieldNameOf<TForm> } = {},
) {
  const router = useRouter();
  const [error, setError] = useState<TActionError | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit<TInput, TData>(
    action: (input: TInput) => Promise<TActionResult<TData>>,
    input: NoInfer<TInput>,
    onSuccess?: (data: TData) => string | void | Promise<string | void>,
  ): Promise<TActionResult<TData>> {
    setPending(true);
    setSuccess(null);
    try {
      const result = await action(input);
      if (!result.ok) {
        setError(result.error);
        if (setFieldError) applyServerErrors(result.error, setFieldError, options.fieldName);
        if (result.error.code === "CONFLICT") router.refresh();
        return result;
      }
      setError(null);
      const message = await onSuccess?.(result.data);
      if (message) setSuccess(message);
      return result;
    } finally {
      setPending(false);
    }
  }

  /** Forgets the last outcome (the user started over, e.g. typed into the form again). */
  function reset() {
    setError(null);
    setSuccess(null);
  }

  return { error, success, pending, submit, reset };
}
