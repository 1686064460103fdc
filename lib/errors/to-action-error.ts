import "server-only";
import { z } from "zod";
import { errorTranslator } from "@/lib/i18n/server-translator";
import { logger } from "@/lib/logger";
import type { TActionError } from "./action-result";
import { isUpstreamError } from "@/lib/upstream/upstream-error";
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
 * The one error policy: expected errors keep their (translated) message, anything else is logged with
 * the correlation id and replaced by a generic message carrying that id. Raw exception text never leaves.
 */
export async function toActionError(error: unknown, context: { action: string; correlationId: string }): Promise<TActionError> {
  const t = await errorTranslator();
  if (error instanceof z.ZodError) {
    error = new AppError("VALIDATION", "validation", { fieldErrors: fieldErrorsFromZod(error) });
  }
  if (isUpstreamError(error) && (error.retryable || error.kind !== "http")) {
    // Expected: upstreams time out and fail. Say which one; the details are in the server log.
    logger.warn({ err: error.fields(), correlationId: context.correlationId, action: context.action }, "upstream unavailable");
    error = new AppError("UPSTREAM_UNAVAILABLE", "upstreamUnavailable", { values: { upstream: error.upstream } });
  }
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
      message: (t as unknown as TLooseTranslate)(key, { ...error.options.values, correlationId: context.correlationId }),
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
