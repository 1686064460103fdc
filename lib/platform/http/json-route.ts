import "server-only";
import { NextResponse } from "next/server";
import type { TActionError } from "@/lib/platform/errors/action-result";
import { toActionError } from "@/lib/platform/errors/to-action-error";

const STATUS: Record<TActionError["code"], number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UPSTREAM_UNAVAILABLE: 503,
  UPSTREAM_REFUSED: 422,
  INTERNAL: 500,
};

const NO_STORE = { "cache-control": "no-store" };

/**
 * A route handler's answer under the action error policy (lib/platform/errors/to-action-error.ts): JSON (or the handler's own
 * Response, e.g. a CSV download), and for a failure the same error server actions return, with its HTTP status:
 * expected errors keep their translated message and field errors, anything else is logged with the correlation id
 * and answered with a generic 500 carrying only that id. Route handlers are built on it by lib/platform/http/route-client.ts.
 */
export function jsonRoute<C>(handler: (request: Request, context: C, correlationId: string) => Promise<unknown>) {
  return async (request: Request, context: C): Promise<Response> => {
    const correlationId = crypto.randomUUID();
    try {
      const result = await handler(request, context, correlationId);
      return result instanceof Response ? result : NextResponse.json(result, { headers: NO_STORE });
    } catch (error) {
      const action = `${request.method} ${new URL(request.url).pathname}`;
      const body = await toActionError(error, { action, correlationId });
      return NextResponse.json({ error: body }, { status: STATUS[body.code], headers: NO_STORE });
    }
  };
}
