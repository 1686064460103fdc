import "server-only";
import { z } from "zod";
import { errorTranslator } from "@/lib/platform/i18n/server-translator";
import { logger } from "@/lib/platform/logger";
import type { TActionError } from "./action-result";
import { isUpstreamError, upstreamDisplayName } from "@/lib/platform/upstream/upstream-error";
import { AppError, type TFieldErrors } from "./app-error";

type TTranslator = Awaited<ReturnType<typeof errorTranslator>>;
// Keys arrive as data (from AppError / zod), so they are checked with `t.has` at run time instead.
type TLooseTranslate = (key: string, values?: Record<string, string | number>) => string;

/** Field messages are keys under `errors.fields`; a built-in zod message falls back to a generic one. */
function translateField(t: TTranslator, message: string): string {
  // `messageKey|value`: a schema message that names something (e.g. the metadata key at fault).
  const [name = message, value = ""] = message.split("|");
  const key = `fields.${name}`;
  return t.has(key as never) ? (t as unknown as TLooseTranslate)(key, { key: value }) : t("fields.invalid");
}

export function fieldErrorsFromZod(error: z.ZodError): TFieldErrors {
  const fieldErrors: TFieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_form";
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return fieldErrors;
}

/**
 * Upstream failures the user is told about by the upstream's name (Maskinporten, Altinn): one that did not answer
 * (timeout, network, 5xx: try again), and one whose answer the portal could not read (`invalid-response`: the body
 * is logged by the HTTP client; never a generic error), and a definite refusal that the feature did not turn into its
 * own message (the upstream's status, code and words, e.g. Altinn's `AM-00016 Consent with id already exist`). Null for
 * anything that is not an upstream failure. Shared by server actions and JSON route handlers.
 */
export function upstreamAppError(
  error: unknown,
  context: Record<string, unknown> & { correlationId: string },
): AppError | null {
  if (!isUpstreamError(error)) return null;
  const values = { upstream: upstreamDisplayName(error.upstream), correlationId: context.correlationId };
  if (error.kind === "invalid-response") {
    logger.warn({ err: error.fields(), ...context }, "upstream answer not understood");
    return new AppError("UPSTREAM_UNAVAILABLE", "upstreamNotUnderstood", { values });
  }
  if (!error.retryable && error.kind === "http") {
    logger.warn({ err: error.fields(), ...context }, "upstream refused");
    const codes = [error.code, ...(error.problems ?? []).map((problem) => problem.code)].filter(Boolean);
    const why =
      (error.problems ?? [])
        .map((problem) => problem.detail ?? problem.title)
        .filter(Boolean)
        .join("; ") ||
      error.detail ||
      error.title ||
      "";
    return new AppError("UPSTREAM_REFUSED", "upstreamRefused", {
      values: {
        ...values,
        status: error.status ?? 0,
        codes: [...new Set(codes)].join(", ") || "-",
        detail: why.slice(0, 300) || "-",
      },
    });
  }
  // Expected: upstreams time out and fail. Say which one; the details are in the server log.
  logger.warn({ err: error.fields(), ...context }, "upstream unavailable");
  return new AppError("UPSTREAM_UNAVAILABLE", "upstreamUnavailable", { values });
}

/**
 * The one error policy: expected errors keep their (translated) message, anything else is logged with
 * the correlation id and replaced by a generic message carrying that id. Raw exception text never leaves.
 */
export async function toActionError(
  error: unknown,
  context: { action: string; correlationId: string },
): Promise<TActionError> {
  const t = await errorTranslator();
  if (error instanceof z.ZodError) {
    error = new AppError("VALIDATION", "validation", { fieldErrors: fieldErrorsFromZod(error) });
  }
  error = upstreamAppError(error, { correlationId: context.correlationId, action: context.action }) ?? error;
  if (error instanceof AppError) {
    const fieldErrors = error.options.fieldErrors
      ? Object.fromEntries(
          Object.entries(error.options.fieldErrors).map(([field, messages]) => [
            field,
            messages.map((m) => translateField(t, m)),
          ]),
        )
      : undefined;
    const key = t.has(error.messageKey as never) ? error.messageKey : "unexpected";
    return {
      code: error.code,
      message: (t as unknown as TLooseTranslate)(key, {
        ...error.options.values,
        correlationId: context.correlationId,
      }),
      fieldErrors,
    };
  }
  logger.error({ err: error, correlationId: context.correlationId, action: context.action }, "server action failed");
  return {
    code: "INTERNAL",
    message: t("unexpected", { correlationId: context.correlationId }),
    correlationId: context.correlationId,
  };
}
