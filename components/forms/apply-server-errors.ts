import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { TActionError } from "@/lib/errors/action-result";

/** Puts the server's field errors beside the same fields the browser validated. */
export function applyServerErrors<T extends FieldValues>(error: TActionError, setError: UseFormSetError<T>) {
  for (const [field, messages] of Object.entries(error.fieldErrors ?? {})) {
    setError(field as Path<T>, { type: "server", message: messages[0] });
  }
}
