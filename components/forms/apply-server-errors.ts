import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { TActionError } from "@/lib/platform/errors/action-result";

/** The form field a server field error belongs to when the names differ; null when it is not one of the form's. */
export type TFieldNameOf<T extends FieldValues> = (serverField: string) => Path<T> | null;

/**
 * Puts the server's field errors beside the same fields the browser validated: the first message as the field's
 * error, all of them as its `types` (a field that shows every problem, `criteriaMode: "all"`).
 */
export function applyServerErrors<T extends FieldValues>(
  error: TActionError,
  setError: UseFormSetError<T>,
  fieldName: TFieldNameOf<T> = (field) => field as Path<T>,
) {
  for (const [field, messages] of Object.entries(error.fieldErrors ?? {})) {
    const name = fieldName(field);
    if (!name || messages.length === 0) continue;
    const types = Object.fromEntries(messages.map((message, index) => [`server${index}`, message]));
    setError(name, { type: "server", message: messages[0], types });
  }
}
