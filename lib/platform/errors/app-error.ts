// The portal's one error policy. An AppError is an expected failure with a message the user may see
// (a message key in messages/*.json, translated where it is shown). Anything else is unexpected: it is
// logged with a correlation id and the user sees only a generic message carrying that id.

export type TErrorCode =
  | "VALIDATION"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "UPSTREAM_UNAVAILABLE"
  /** An upstream gave a definite answer refusing what the portal sent (4xx, or an Altinn problem code). */
  | "UPSTREAM_REFUSED"
  /** A request body over the size the portal accepts (413 on routes). */
  | "TOO_LARGE"
  /** Too many requests in a window (lib/platform/rate-limit/; 429 with Retry-After on routes). */
  | "RATE_LIMITED"
  /** A change that needs a more recent login: log in again at the identity provider (lib/platform/auth/recent-login.ts). */
  | "STEP_UP_REQUIRED";

export type TFieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly code: TErrorCode,
    /** Message key under `errors.` in the message files. */
    readonly messageKey: string,
    readonly options: { fieldErrors?: TFieldErrors; values?: Record<string, string | number> } = {},
  ) {
    super(`${code}: ${messageKey}`);
    this.name = "AppError";
  }
}

export const validationError = (fieldErrors: TFieldErrors) => new AppError("VALIDATION", "validation", { fieldErrors });
export const unauthenticated = () => new AppError("UNAUTHENTICATED", "unauthenticated");
export const forbidden = (messageKey = "forbidden") => new AppError("FORBIDDEN", messageKey);
export const notFound = (messageKey = "notFound") => new AppError("NOT_FOUND", messageKey);
export const conflict = (messageKey: string, values?: Record<string, string | number>) =>
  new AppError("CONFLICT", messageKey, { values });
