import "server-only";
import type { z } from "zod";
import { refusePersonalCopy } from "@/lib/platform/cache/render-scope";
import { logger } from "@/lib/platform/logger";
import { observeUpstreamCall } from "@/lib/platform/metrics/observe-upstream-call";
import { encodeRequest } from "./encode-request";
import { bodyForLog, redactUrl } from "./redact-for-log";
import { DEFAULT_RETRY, parseRetryAfter, retryWithBackoff, type RetryOptions } from "./retry-with-backoff";
import { isRetryableAnswer, parseProblemBody, UpstreamError, type UpstreamErrorFields } from "./upstream-error";

// The one HTTP client every upstream module builds on (after dub's HttpBaseClient): a base URL, a timeout on every
// call, retries with backoff only for idempotent calls, zod-validated responses, and a typed UpstreamError. Logs
// carry method, URL (secret query values redacted), status and duration — never headers, so an Authorization
// header cannot end up in a log line. The one body logged is an answer the portal could not read (`invalid-response`):
// its first 2 KB, with token-like values removed, so the mismatch can be diagnosed.

export { bodyForLog, redactUrl } from "./redact-for-log";

export type THttpMethod = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface HttpBaseClientOptions {
  baseUrl: string;
  /** Name used in logs and errors, e.g. "maskinporten-admin". */
  name: string;
  timeoutMs?: number;
  /** Returns the full Authorization header value, e.g. `Bearer …`; called once per attempt. */
  getAuthHeader?: () => Promise<string>;
  /** Called when the upstream answers 401: the token `getAuthHeader` gave was refused, so its cache drops it. */
  onUnauthorized?: () => void;
  retry?: Partial<RetryOptions>;
}

export interface RequestOptions<T> {
  method: THttpMethod;
  /** Relative to the base URL; or an absolute URL on the base URL's origin (e.g. a `links.next` from the upstream). */
  path: string;
  query?: Record<string, string | number | boolean | null | undefined>;
  /** JSON body. */
  body?: unknown;
  form?: Record<string, string> | URLSearchParams;
  multipart?: FormData;
  text?: string;
  headers?: Record<string, string>;
  /** Validates a successful response body; a mismatch is an `invalid-response` error. */
  schema?: z.ZodType<T>;
  /** Default: true for GET, HEAD, PUT and DELETE; false for POST and PATCH. Only idempotent calls are retried. */
  idempotent?: boolean;
  retries?: number;
  timeoutMs?: number;
  /** Return the body as text instead of parsing JSON. */
  expectText?: boolean;
  /** Non-2xx statuses that are an answer, not a failure (e.g. 404 → null); their `data` is null. */
  acceptStatuses?: readonly number[];
}

export interface UpstreamResponse<T> {
  data: T;
  status: number;
  headers: Headers;
}

const IDEMPOTENT_METHODS: ReadonlySet<THttpMethod> = new Set(["GET", "HEAD", "PUT", "DELETE"]);
export class HttpBaseClient {
  readonly name: string;
  readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly getAuthHeader?: () => Promise<string>;
  private readonly onUnauthorized?: () => void;
  private readonly retry: RetryOptions;
  /** Retry-After of failed responses, kept beside (not inside) the error so the error's shape stays as documented. */
  private readonly retryAfter = new WeakMap<UpstreamError, number>();

  constructor(options: HttpBaseClientOptions) {
    this.name = options.name;
    this.baseUrl = options.baseUrl.replace(/\/+$/, "");
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.getAuthHeader = options.getAuthHeader;
    this.onUnauthorized = options.onUnauthorized;
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
  }

  request<T = unknown>(
    options: RequestOptions<T> & { acceptStatuses: readonly number[] },
  ): Promise<UpstreamResponse<T | null>>;
  request<T = unknown>(options: RequestOptions<T>): Promise<UpstreamResponse<T>>;
  async request<T>(options: RequestOptions<T>): Promise<UpstreamResponse<T | null>> {
    // A page that shows an upstream answer is never kept in memory (lib/platform/cache/render-scope.ts).
    refusePersonalCopy(`upstream ${this.name}`);
    const url = this.buildUrl(options.path, options.query);
    const idempotent = options.idempotent ?? IDEMPOTENT_METHODS.has(options.method);
    const retries = idempotent ? (options.retries ?? this.retry.retries) : 0;
    return retryWithBackoff(
      (attempt) => this.attempt(options, url, attempt),
      { ...this.retry, retries },
      (error) => this.retryAfter.get(error),
    );
  }

  private buildUrl(path: string, query: RequestOptions<unknown>["query"]): URL {
    let url: URL;
    if (/^https?:\/\//i.test(path)) {
      url = new URL(path);
      // Never send our credentials to a host the upstream merely named in a response.
      if (url.origin !== new URL(this.baseUrl).origin) {
        throw new Error(`${this.name}: refusing to follow a URL outside ${new URL(this.baseUrl).origin}`);
      }
    } else {
      // An empty path is the base URL itself (the token and exchange clients are based on a full endpoint URL).
      url = new URL(path === "" ? this.baseUrl : `${this.baseUrl}/${path.replace(/^\/+/, "")}`);
    }
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null) url.searchParams.set(name, String(value));
    }
    return url;
  }

  private async attempt<T>(options: RequestOptions<T>, url: URL, attempt: number): Promise<UpstreamResponse<T | null>> {
    const started = performance.now();
    const safeUrl = redactUrl(url);
    const fail = (fields: Omit<UpstreamErrorFields, "upstream" | "method" | "url">, cause?: unknown, body?: string) => {
      const error = new UpstreamError(
        { ...fields, upstream: this.name, method: options.method, url: safeUrl },
        { cause },
      );
      observeUpstreamCall({
        upstream: this.name,
        method: options.method,
        status: error.status,
        errorKind: error.kind,
        seconds: (performance.now() - started) / 1000,
      });
      logger.warn(
        {
          upstream: this.name,
          method: options.method,
          url: safeUrl,
          status: error.status,
          code: error.code,
          problems: error.problems?.map((problem) => problem.code),
          kind: error.kind,
          attempt,
          ms: Math.round(performance.now() - started),
          ...(body === undefined ? {} : { body: bodyForLog(body) }),
        },
        error.kind === "invalid-response" ? "upstream answer not understood" : "upstream call failed",
      );
      return error;
    };

    const { headers, body } = await encodeRequest(options, this.getAuthHeader);
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        method: options.method,
        headers,
        body,
        redirect: "manual",
        signal: AbortSignal.timeout(options.timeoutMs ?? this.timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
      throw fail({ status: null, kind: timedOut ? "timeout" : "network", retryable: true }, error);
    }

    const ms = Math.round(performance.now() - started);
    if (response.status === 401) this.onUnauthorized?.();
    logger.debug(
      { upstream: this.name, method: options.method, url: safeUrl, status: response.status, ms },
      "upstream call",
    );

    if (!response.ok && !options.acceptStatuses?.includes(response.status)) {
      const problem = parseProblemBody(text);
      const error = fail({
        status: response.status,
        kind: "http",
        retryable: isRetryableAnswer(response.status, problem),
        ...problem,
      });
      const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
      if (retryAfter !== undefined) this.retryAfter.set(error, retryAfter);
      throw error;
    }
    /** A successful attempt (an answer in `acceptStatuses` counts), measured once it is fully read and checked. */
    const succeeded = <R>(result: R): R => {
      const seconds = (performance.now() - started) / 1000;
      observeUpstreamCall({ upstream: this.name, method: options.method, status: response.status, seconds });
      return result;
    };
    if (!response.ok) return succeeded({ data: null, status: response.status, headers: response.headers });

    let data: unknown = text;
    if (!options.expectText) {
      try {
        data = text.trim() === "" ? undefined : JSON.parse(text);
      } catch (error) {
        throw fail(
          { status: response.status, kind: "invalid-response", retryable: false, detail: "body is not JSON" },
          error,
          text,
        );
      }
    }
    if (!options.schema) return succeeded({ data: data as T, status: response.status, headers: response.headers });
    const parsed = options.schema.safeParse(data);
    if (!parsed.success) {
      // Paths only: the issue messages of some zod checks quote the received value.
      const where = parsed.error.issues
        .slice(0, 5)
        .map((issue) => issue.path.join(".") || "(root)")
        .join(", ");
      throw fail(
        {
          status: response.status,
          kind: "invalid-response",
          retryable: false,
          detail: `unexpected response shape at ${where}`,
        },
        undefined,
        text,
      );
    }
    return succeeded({ data: parsed.data, status: response.status, headers: response.headers });
  }
}
