import "server-only";
import { NextResponse } from "next/server";
import type { TActionError } from "@/lib/platform/errors/action-result";
import { toActionError } from "@/lib/platform/errors/to-action-error";
import { observeRequest } from "@/lib/platform/metrics/observe-request";
import { retryAfterOf } from "@/lib/platform/rate-limit/rate-limiter";

const STATUS: Record<TActionError["code"], number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UPSTREAM_UNAVAILABLE: 503,
  UPSTREAM_REFUSED: 422,
  TOO_LARGE: 413,
  RATE_LIMITED: 429,
  // RFC 9470 (OAuth 2.0 Step Up Authentication Challenge) answers an insufficiently recent authentication with 401.
  STEP_UP_REQUIRED: 401,
  INTERNAL: 500,
};

const NO_STORE = { "cache-control": "no-store" };

/**
 * A route handler's answer under the action error policy (lib/platform/errors/to-action-error.ts): JSON (or the handler's own
 * Response, e.g. a CSV download), and for a failure the same error server actions return, with its HTTP status:
 * expected errors keep their translated message and field errors (429 with `Retry-After`, 413 closing the connection), anything else is logged with the correlation id
 * and answered with a generic 500 carrying only that id. Route handlers are built on it by lib/platform/http/route-client.ts.
 */
export function jsonRoute<C>(handler: (request: Request, context: C, correlationId: string) => Promise<unknown>) {
  return async (request: Request, context: C): Promise<Response> => {
    const started = performance.now();
    const response = await answer(handler, request, context);
    observeRequest({
      method: request.method,
      route: routePattern(new URL(request.url).pathname),
      status: response.status,
      seconds: (performance.now() - started) / 1000,
    });
    return response;
  };
}

/** The path as a pattern (organisation numbers and ids replaced), so the metric's label set stays small. */
export function routePattern(pathname: string): string {
  return pathname
    .split("/")
    .map((segment) =>
      /^\d{9}$/.test(segment)
        ? "[orgNumber]"
        : /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(segment)
          ? "[id]"
          : segment,
    )
    .join("/");
}

async function answer<C>(
  handler: (request: Request, context: C, correlationId: string) => Promise<unknown>,
  request: Request,
  context: C,
): Promise<Response> {
  const correlationId = crypto.randomUUID();
  try {
    const result = await handler(request, context, correlationId);
    return result instanceof Response ? result : NextResponse.json(result, { headers: NO_STORE });
  } catch (error) {
    const action = `${request.method} ${new URL(request.url).pathname}`;
    const body = await toActionError(error, { action, correlationId });
    const retryAfter = retryAfterOf(error);
    const headers = {
      ...NO_STORE,
      ...(retryAfter !== null ? { "retry-after": String(retryAfter) } : {}),
      // The rest of a refused body is never read: close the connection rather than leave it for the next request.
      ...(body.code === "TOO_LARGE" ? { connection: "close" } : {}),
    };
    return NextResponse.json({ error: body }, { status: STATUS[body.code], headers });
  }
}
