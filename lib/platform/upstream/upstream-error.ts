// The one error type for every failed call to an upstream API (Maskinporten, Altinn, Brønnøysund). It carries what
// the UI and the retry logic need: the HTTP status (null when no response came), the problem-details `code` (or the
// OAuth `error`), Altinn's individual problems, and whether trying again later may help. It never carries request
// headers or bodies, so it is safe to log.

export type TUpstreamErrorKind = "timeout" | "network" | "http" | "invalid-response";

export interface UpstreamErrorFields {
  upstream: string;
  status: number | null;
  code?: string;
  title?: string;
  detail?: string;
  /** Field errors from an RFC 7807 validation problem (`errors: {field: [message]}`), when present. */
  fieldErrors?: Record<string, string[]>;
  /** Altinn's problems, one per thing it refused (see `parseProblemBody`); absent when the body named none. */
  problems?: TUpstreamProblem[];
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
  readonly problems?: TUpstreamProblem[];
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
    this.problems = fields.problems;
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
      problems: this.problems,
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

/** How an upstream is named to people: the service, not the client module (`consent-requests:test` → Altinn). */
export function upstreamDisplayName(upstream: string): string {
  const service = upstream.split(":")[0] ?? upstream;
  if (service.startsWith("maskinporten")) return "Maskinporten";
  if (["resource-registry", "consent-requests", "consent-templates"].includes(service) || service.startsWith("altinn"))
    return "Altinn";
  if (service === "enhetsregisteret") return "Enhetsregisteret";
  return service;
}

/** One thing an upstream refused, as Altinn's problem-details library writes it. */
export interface TUpstreamProblem {
  /** `AM-00008`, `AM.VLD-00027`, `RR-00010`, ... */
  code: string;
  title?: string;
  detail?: string;
  /** The metadata key the problem is about (AM-00006/7/8), from its `key` extension. */
  key?: string;
  /** Where a validation error points in the request (`RedirectUrl`, `ValidTo`, `/consentRight/0/action`). */
  paths?: string[];
  /** The problem's other extensions as text (`orgnr`, `fnumber`, `requestId`, ...). */
  extensions?: Record<string, string>;
}

export interface ProblemFields {
  code?: string;
  title?: string;
  detail?: string;
  fieldErrors?: Record<string, string[]>;
  problems?: TUpstreamProblem[];
}

/** Statuses after which the same request may succeed later, unless the body says otherwise. */
export const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);
/** Statuses that mean "later" even when the body carries a problem code (timeout, rate limit, overload). */
const LATER_STATUSES: ReadonlySet<number> = new Set([408, 429, 503]);
/** Altinn's problem codes: `AM-00008`, `STD-00001`, `AM.VLD-00027`, `RR-00010`. OAuth errors (`server_error`) are not. */
const ALTINN_CODE = /^[A-Z]{2,}(?:\.[A-Z]+)?-\d{3,}$/;

/**
 * Whether repeating the request may help, read from the body before the status. A coded Altinn problem is a
 * definite answer, whatever the status: several problems at once come back as HTTP 500 `STD-00001`
 * (Altinn/altinn-authorization-utils `ProblemDetails.Abstractions/StdProblemDescriptors.cs`, `MultipleProblems`;
 * raised by Altinn/altinn-authorization-tmp `Core/Services/ConsentService.cs`, `ValidateAndSetInternalIdentifiers`),
 * and repeating it gets the same 500. Only then does the status decide.
 */
export function isRetryableAnswer(status: number, problem: ProblemFields): boolean {
  const coded = (problem.code !== undefined && ALTINN_CODE.test(problem.code)) || (problem.problems?.length ?? 0) > 0;
  if (coded && !LATER_STATUSES.has(status)) return false;
  return TRANSIENT_STATUSES.has(status);
}

const str = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Members of a problem that are not extensions (RFC 9457 plus Altinn's own). */
const PROBLEM_MEMBERS = new Set([
  "type",
  "title",
  "status",
  "detail",
  "instance",
  "code",
  "traceId",
  "statusDescription",
  "source",
  "problems",
  "validationErrors",
  "errors",
  "paths",
]);

/**
 * One problem object → the problems it holds: a validation problem (`STD-00000`) its `validationErrors`, a
 * multiple problem (`STD-00001`) each of its `problems` (nested ones flattened), any other coded problem itself.
 * Extensions are the object's other members (`[JsonExtensionData]` in Altinn's `AltinnProblemDetails`).
 */
function problemsIn(body: Record<string, unknown>): TUpstreamProblem[] {
  if (Array.isArray(body.validationErrors)) return body.validationErrors.filter(isRecord).flatMap(problemsIn);
  if (Array.isArray(body.problems)) return body.problems.filter(isRecord).flatMap(problemsIn);
  const code = str(body.code);
  if (!code) return [];
  const problem: TUpstreamProblem = { code, title: str(body.title), detail: str(body.detail) };
  if (Array.isArray(body.paths)) problem.paths = body.paths.filter((p): p is string => typeof p === "string");
  const extensions: Record<string, string> = {};
  for (const [name, value] of Object.entries(body)) {
    if (PROBLEM_MEMBERS.has(name) || !["string", "number", "boolean"].includes(typeof value)) continue;
    // AM-00007 names its key `ConsentRight index: {i}, key` (ConsentService.ValidateConsentMetadata); others `key`.
    if (name === "key" || name.endsWith(", key")) problem.key = String(value);
    else extensions[name] = String(value);
  }
  if (Object.keys(extensions).length) problem.extensions = extensions;
  return [problem];
}

/**
 * Reads an error body: RFC 7807 problem details (`code`, `title`, `detail`, `errors`; Altinn's codes such as
 * `RR-00010`, its `validationErrors[]` and `problems[]`) or an OAuth error (`error`, `error_description`).
 * Anything else yields no fields.
 */
export function parseProblemBody(text: string): ProblemFields {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return {};
  }
  if (!isRecord(body)) return {};
  const fields: ProblemFields = {
    code: str(body.code) ?? str(body.error),
    title: str(body.title),
    detail: str(body.detail) ?? str(body.error_description),
  };
  if (isRecord(body.errors)) {
    const fieldErrors: Record<string, string[]> = {};
    for (const [field, messages] of Object.entries(body.errors)) {
      if (Array.isArray(messages)) fieldErrors[field] = messages.filter((m): m is string => typeof m === "string");
      else if (typeof messages === "string") fieldErrors[field] = [messages];
    }
    fields.fieldErrors = fieldErrors;
  }
  if (fields.code && ALTINN_CODE.test(fields.code)) {
    const problems = problemsIn(body);
    if (problems.length) fields.problems = problems;
  }
  return fields;
}
