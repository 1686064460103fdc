import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import type { TActionError, TActionResult } from "@/lib/platform/errors/action-result";
import { ACTION_BODY_LIMIT_BYTES, formatBodyLimit } from "@/lib/platform/http/body-limits";
import { applyServerErrors, type TFieldNameOf } from "./apply-server-errors";

/**
 * The input's size as sent, nearly: React encodes an action's arguments much as JSON (a `$` before strings that start
 * with one); strings dominate the size of any large input. Unmeasurable input (a cycle, a BigInt) counts as small.
 */
function estimatedBytes(input: unknown): number {
  try {
    return new TextEncoder().encode(JSON.stringify(input) ?? "").byteLength;
  } catch {
    return 0;
  }
}

// Room for React's framing of the arguments and the action's id.
const FRAMING_MARGIN_BYTES = 16 * 1024;

/**
 * The one way a component calls a server action, from a form or from a button. While it runs `pending` is true; a
 * refusal is kept in `error` (for FormStatus) and its field errors are put beside the form's fields; success clears
 * the error and hands the action's data to `onSuccess`, whose returned text becomes `success`. An input over the
 * server actions' body limit is refused here with a translated "too large" (TOO_LARGE), never sent. The result is
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
  const t = useTranslations("errors");
  const [error, setError] = useState<TActionError | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit<TInput, TData>(
    action: (input: TInput) => Promise<TActionResult<TData>>,
    input: NoInfer<TInput>,
    onSuccess?: (data: TData) => string | void | Promise<string | void>,
  ): Promise<TActionResult<TData>> {
    setSuccess(null);
    // Over Next's `serverActions.bodySizeLimit` the server stops reading and the action fails with a bare framework
    // error (a 500 with no message; next/dist/server/app-render/action-handler.js): say so here instead, unsent.
    const bytes = estimatedBytes(input);
    const tooLarge = (): TActionResult<TData> => {
      const refusal: TActionError = {
        code: "TOO_LARGE",
        message: t("tooLarge", { limit: formatBodyLimit(ACTION_BODY_LIMIT_BYTES) }),
      };
      setError(refusal);
      return { ok: false, error: refusal };
    };
    if (bytes > ACTION_BODY_LIMIT_BYTES - FRAMING_MARGIN_BYTES) return tooLarge();
    setPending(true);
    try {
      let result: TActionResult<TData>;
      try {
        result = await action(input);
      } catch (error) {
        // The estimate is close, not exact: a failure of an input near the limit is that limit.
        if (bytes > ACTION_BODY_LIMIT_BYTES / 2) return tooLarge();
        throw error;
      }
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
