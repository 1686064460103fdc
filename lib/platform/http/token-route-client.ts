import "server-only";
import type { z } from "zod";
import { AppError, notFound } from "@/lib/platform/errors/app-error";
import type { TConsumeRateLimit } from "@/lib/platform/rate-limit/rate-limiter";
import { parseInput } from "@/lib/platform/validation/parse-input";
import { ROUTE_BODY_LIMIT_BYTES } from "./body-limits";
import { jsonRoute } from "./json-route";
import { readTextBody } from "./read-text-body";
import { orgNumberParam } from "./route-params";

// The route helper for machine callers (a pipeline, the CLI) that present a bearer token instead of a session
// cookie, with the steps and error policy of the session route helper (./route-client.ts): rate limit, credentials,
// the organisation in the path, input through zod under the input policy, then the handler, answered by `jsonRoute`.
// What a token is and what it may do belongs to the feature that issues tokens (lib/api-tokens/), which binds this
// helper with its `authenticate`; the platform only knows how a bearer token travels (RFC 6750).

/** No token, or one that does not authenticate (unknown, revoked, expired): 401 with `WWW-Authenticate: Bearer`. */
export const bearerMissing = () => new AppError("UNAUTHENTICATED", "apiTokenMissing");

export type TTokenRouteDeps<C> = {
  /**
   * The caller a presented secret stands for in the organisation the path names: UNAUTHENTICATED for a secret that
   * does not authenticate, NOT_FOUND for an organisation that does not exist, FORBIDDEN for a token of another one.
   */
  authenticate: (input: { secret: string; orgNumber: string }) => Promise<C>;
  /** Counts the request against the `api` limit per client address (lib/platform/rate-limit/). */
  rateLimit?: TConsumeRateLimit;
  clientKey?: (request: Request) => string;
};

type TTokenRouteDefinition<Q extends z.ZodType | undefined, C> = {
  query?: Q;
  /** Reads the body as text (YAML or JSON: the handler parses it), up to `maxBodyBytes` (413 past it). */
  textBody?: boolean;
  maxBodyBytes?: number;
  /** What this route demands of the caller beyond authenticating (a scope, an environment): FORBIDDEN if not. */
  authorize?: (context: { caller: C; query: TQuery<Q>; correlationId: string }) => Promise<void>;
};
type TQuery<Q> = Q extends z.ZodType ? z.output<Q> : undefined;

export type TTokenRouteContext<C, Q> = {
  caller: C;
  query: TQuery<Q>;
  body: string;
  request: Request;
  correlationId: string;
};

/** The secret of `Authorization: Bearer <secret>` (the scheme's name in any case, RFC 7235 §2.1), else null. */
export function bearerSecret(request: Request): string | null {
  const match = /^Bearer[ ]+([A-Za-z0-9\-._~+/]+=*)\s*$/i.exec(request.headers.get("authorization") ?? "");
  return match?.[1] ?? null;
}

/**
 * RFC 6750 §3: a 401 names the scheme (with `error="invalid_token"` when a token was presented and refused), a 403
 * `error="insufficient_scope"`, so a client library knows to ask for another token rather than retry.
 */
function withBearerChallenge(response: Response, presented: boolean): Response {
  if (response.status === 401) {
    const error = presented ? ', error="invalid_token"' : "";
    response.headers.set("www-authenticate", `Bearer realm="consent-portal"${error}`);
  } else if (response.status === 403 && presented) {
    response.headers.set("www-authenticate", 'Bearer realm="consent-portal", error="insufficient_scope"');
  }
  return response;
}

export function createTokenRouteClient<C>(deps: TTokenRouteDeps<C>) {
  return {
    /** A route for a bearer token of the organisation in the path (`[orgNumber]`). */
    tokenRoute<Q extends z.ZodType | undefined = undefined>(
      definition: TTokenRouteDefinition<Q, C>,
      handler: (context: TTokenRouteContext<C, Q>) => Promise<unknown>,
    ) {
      const inner = jsonRoute(async (request, context: { params: Promise<{ orgNumber: string }> }, correlationId) => {
        await deps.rateLimit?.("api", deps.clientKey?.(request) ?? "unknown");
        const secret = bearerSecret(request);
        if (!secret) throw bearerMissing();
        const orgNumber = orgNumberParam((await context.params).orgNumber);
        if (!orgNumber) throw notFound("organisationNotFound");
        const caller = await deps.authenticate({ secret, orgNumber });
        const query = (
          definition.query
            ? parseInput(definition.query, Object.fromEntries(new URL(request.url).searchParams))
            : undefined
        ) as TQuery<Q>;
        await definition.authorize?.({ caller, query, correlationId });
        const body = definition.textBody
          ? await readTextBody(request, definition.maxBodyBytes ?? ROUTE_BODY_LIMIT_BYTES)
          : "";
        return handler({ caller, query, body, request, correlationId });
      });
      return async (request: Request, context: { params: Promise<{ orgNumber: string }> }) =>
        withBearerChallenge(await inner(request, context), bearerSecret(request) !== null);
    },
  };
}
