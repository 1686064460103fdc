// The one error type for every failed call to an upstream API (Maskinporten, Altinn, Brønnøysund). It carries what
// the UI and the retry logic need: the HTTP status (null when no response came), the problem-details `code` (or the
// OAuth `error`), and whether trying again later may help. It never carries request headers or bodies, so it is
// safe to log.

export type TUpstreamErrorKind = "timeout" | "network" | "http" | "invalid-response";

export interface UpstreamErrorFields {
  upstream: string;
  status: number | null;
  code?: string;
  title?: string;
  detail?: string;
  /** Field errors from an RFC 7807 validation problem (`errors: {field: [message]}`), when present. */
  fieldErrors?: Record<string, string[]>;
  kind: TUpstreamErrorKind;
  retryable: boolean;
  method: string;
  /** The request URL with secret query values redacted. */
  url: string;
}

export class UpstreamError extends Error implements UpstreamErrorFields {
  readonly upstream: string;
  readonly status: number | null;
  readonly code?: string;
  readonly title?: string;
  readonly detail?: string;
  readonly fieldErrors?: Record<string, string[]>;
  readonly kind: TUpstreamErrorKind;
  readonly retryable: boolean;
  readonly method: string;
  readonly url: string;

  constructor(fields: UpstreamErrorFields, options?: { cause?: unknown }) {
    const what = fields.status === null ? fields.kind : `${fields.status}${fields.code ? ` ${fields.code}` : ""}`;
    const why = fields.detail ?? fields.title;
    super(`${fields.upstream} ${fields.method} ${fields.url} failed: ${what}${why ? ` (${why})` : ""}`, options);
    this.name = "UpstreamError";
    this.upstream = fields.upstream;
    this.status = fields.status;
    this.code = fields.code;
    this.title = fields.title;
    this.detail = fields.detail;
    this.fieldErrors = fields.fieldErrors;
    this.kind = fields.kind;
    this.retryable = fields.retryable;
    this.method = fields.method;
    this.url = fields.url;
  }

  /** The fields as a plain object, for `new SubclassError(error.fields(), …)` and for structured logs. */
  fields(): UpstreamErrorFields {
    return {
      upstream: this.upstream,
      status: this.status,
      code: this.code,
      title: this.title,
      detail: this.detail,
      fieldErrors: this.fieldErrors,
      kind: this.kind,
      retryable: this.retryable,
      method: this.method,
      url: this.url,
    };
  }
}

export const isUpstreamError = (error: unknown): error is UpstreamError => error instanceof UpstreamError;

/** An upstream said "not found" — callers that treat absence as a normal answer check this. */
export const isUpstreamNotFound = (error: unknown) => isUpstreamError(error) && error.status === 404;

/** Statuses after which the same request may succeed later. */
export const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

export interface ProblemFields {
  code?: string;
  title?: string;
  detail?: string;
  fieldErrors?: Record<string, string[]>;
}

const str = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);

/**
 * Reads an error body: RFC 7807 problem details (`code`, `title`, `detail`, `errors`; Altinn uses codes like
 * `RR-00010`) or an OAuth error (`error`, `error_description`). Anything else yields no fields.
 */
export function parseProblemBody(text: string): ProblemFields {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) return {};
  const record = body as Record<string, unknown>;
  const fields: ProblemFields = {
    code: str(record.code) ?? str(record.error),
    title: str(record.title),
    detail: str(record.detail) ?? str(record.error_description),
  };
  if (typeof record.errors === "object" && record.errors !== null && !Array.isArray(record.errors)) {
    const fieldErrors: Record<string, string[]> = {};
    for (const [field, messages] of Object.entries(record.errors as Record<string, unknown>)) {
      if (Array.isArray(messages)) fieldErrors[field] = messages.filter((m): m is string => typeof m === "string");
      else if (typeof messages === "string") fieldErrors[field] = [messages];
    }
    fields.fieldErrors = fieldErrors;
  }
  return fields;
}
