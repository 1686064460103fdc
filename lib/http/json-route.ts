import "server-only";
import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors/app-error";
import { errorTranslator } from "@/lib/i18n/server-translator";
import { logger } from "@/lib/logger";
import { upstreamAppError } from "@/lib/errors/to-action-error";

const STATUS: Record<AppError["code"], number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UPSTREAM_UNAVAILABLE: 503,
  UPSTREAM_REFUSED: 422,
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
      // Upstream failures as the action error policy words them.
      error = upstreamAppError(error, { correlationId: crypto.randomUUID(), url: request.url }) ?? error;
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
