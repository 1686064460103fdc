import "server-only";
import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors/app-error";
import { errorTranslator } from "@/lib/i18n/server-translator";
import { logger } from "@/lib/logger";
import { isUpstreamError } from "@/lib/upstream/upstream-error";

const STATUS: Record<AppError["code"], number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UPSTREAM_UNAVAILABLE: 503,
};

/**
 * The error policy of lib/errors for JSON route handlers (read endpoints used by react-query): an
 * AppError keeps its status and translated message; anything else is logged with a correlation id and
 * answered with a generic 500 carrying only that id.
 */
export function jsonRoute<C>(handler: (request: Request, context: C) => Promise<unknown>) {
  return async (request: Request, context: C) => {
    try {
      return NextResponse.json(await handler(request, context), { headers: { "cache-control": "no-store" } });
    } catch (error) {
      const t = await errorTranslator();
      if (isUpstreamError(error) && (error.retryable || error.kind !== "http")) {
        // Expected: upstreams time out and fail. Say which one, as the action error policy does.
        logger.warn({ err: error.fields(), url: request.url }, "upstream unavailable");
        error = new AppError("UPSTREAM_UNAVAILABLE", "upstreamUnavailable", { values: { upstream: error.upstream } });
      }
      if (error instanceof AppError) {
        const translate = t as unknown as (key: string, values?: Record<string, string | number>) => string;
        const message = t.has(error.messageKey as never) ? translate(error.messageKey, error.options.values) : t("forbidden");
        return NextResponse.json({ error: { code: error.code, message } }, { status: STATUS[error.code] });
      }
      const correlationId = crypto.randomUUID();
      logger.error({ err: error, correlationId, url: request.url }, "route handler failed");
      return NextResponse.json(
        { error: { code: "INTERNAL", message: t("unexpected", { correlationId }), correlationId } },
        { status: 500 },
      );
    }
  };
}
