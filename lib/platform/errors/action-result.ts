import type { TErrorCode, TFieldErrors } from "./app-error";

// What every server action returns to the browser: data, or an error that is safe to show.
export type TActionError = {
  code: TErrorCode | "INTERNAL";
  message: string;
  fieldErrors?: TFieldErrors;
  correlationId?: string;
};

export type TActionResult<T> = { ok: true; data: T } | { ok: false; error: TActionError };
