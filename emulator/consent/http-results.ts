import { randomBytes } from "node:crypto";
import type { RouteContext } from "../registry/router";
import { AltinnProblem, sendProblemDetails } from "./problem-details";

/**
 * The other answers an ASP.NET controller gives besides problem details:
 * - `Unauthorized()`, `Forbid()`, an unmatched route and an unhandled exception answer with a status and no body
 *   (AccessManagement configures no exception handler or status-code pages);
 * - a body or query the model binder cannot read gets [ApiController]'s automatic 400 (ASP.NET's own
 *   ValidationProblemDetails with `errors` keyed by JSON path, and a `traceId`), before the action runs.
 */
export class BareStatus extends Error {
  constructor(
    readonly status: 401 | 403 | 404 | 500,
    readonly reason: string,
  ) {
    super(`${status}: ${reason}`);
  }
}

/** An answer ASP.NET writes itself: [ApiController]'s model-binding 400 (with `errors`) or a client-error mapping (415). */
export class AspNetProblem extends Error {
  constructor(
    readonly status: 400 | 415,
    readonly errors?: Record<string, string[]>,
  ) {
    super(`ASP.NET ${status}`);
  }
}

export class ModelBindingError extends AspNetProblem {
  constructor(errors: Record<string, string[]>) {
    super(400, errors);
  }
}

const ASPNET_DEFAULTS = {
  400: ["https://tools.ietf.org/html/rfc9110#section-15.5.1", "One or more validation errors occurred."],
  415: ["https://tools.ietf.org/html/rfc9110#section-15.5.16", "Unsupported Media Type"],
} as const;

function traceId(): string {
  // W3C trace context, as Activity.Current.Id is in ASP.NET Core.
  return `00-${randomBytes(16).toString("hex")}-${randomBytes(8).toString("hex")}-00`;
}

function sendAspNetProblem(context: RouteContext, problem: AspNetProblem): void {
  const [type, title] = ASPNET_DEFAULTS[problem.status];
  const errors = problem.errors ? { errors: problem.errors } : {};
  const text = JSON.stringify({ type, title, status: problem.status, ...errors, traceId: traceId() });
  context.res.writeHead(problem.status, {
    "content-type": "application/problem+json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  context.res.end(text);
}

/** Wraps a consent route handler so it answers as the Altinn controller would; the reason of a bare status goes to a header. */
export function altinnRoute(handler: (context: RouteContext) => Promise<void> | void) {
  return async (context: RouteContext): Promise<void> => {
    try {
      await handler(context);
    } catch (error) {
      if (context.res.headersSent) throw error;
      if (error instanceof AltinnProblem) return sendProblemDetails(context.res, error.instance);
      if (error instanceof AspNetProblem) return sendAspNetProblem(context, error);
      if (error instanceof BareStatus) {
        // Altinn sends no body here; the header only helps someone debugging the emulator.
        // JwtBearer's challenge adds `WWW-Authenticate: Bearer` to a 401.
        const challenge = error.status === 401 ? { "www-authenticate": "Bearer" } : {};
        context.res
          .writeHead(error.status, {
            ...challenge,
            "content-length": 0,
            "x-emulator-reason": encodeURIComponent(error.reason),
          })
          .end();
        return;
      }
      throw error;
    }
  };
}
