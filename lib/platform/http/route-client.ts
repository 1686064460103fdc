import "server-only";
import type { z } from "zod";
import { loginOf, requireSessionUser, type TRequestDeps } from "@/lib/platform/actions/action-client";
import { withRequestLogin, type TRequestLogin } from "@/lib/platform/auth/recent-login";
import type { TSessionUser } from "@/lib/platform/auth/get-session-user";
import type { Role } from "@/lib/platform/db/create-prisma-client";
import { notFound } from "@/lib/platform/errors/app-error";
import { requireMembership, type TMembershipContext } from "@/lib/platform/auth/require-membership";
import type { TRateLimitName } from "@/lib/platform/rate-limit/rate-limiter";
import { parseInput as parseUnderPolicy } from "@/lib/platform/validation/parse-input";
import { ROUTE_BODY_LIMIT_BYTES } from "./body-limits";
import { jsonRoute } from "./json-route";
import { readJsonBody } from "./read-json-body";
import { orgNumberParam } from "./route-params";

/** The zod schemas of a route's input: its path parameters, its query string and its JSON body. */
type TRouteSchemas = { params?: z.ZodType; query?: z.ZodType; body?: z.ZodType };
/**
 * What a route may add to the steps: a rate limit counted per user (429 with `Retry-After` when over,
 * lib/platform/rate-limit/), and a larger body than `ROUTE_BODY_LIMIT_BYTES` (413 past it).
 */
type TRouteOptions = { rateLimit?: TRateLimitName; maxBodyBytes?: number };
type TParsed<D, K extends keyof TRouteSchemas, Otherwise> = D extends { [key in K]: infer S extends z.ZodType }
  ? z.output<S>
  : Otherwise;
type TRouteInput<D> = {
  params: TParsed<D, "params", Record<string, string | string[] | undefined>>;
  query: TParsed<D, "query", undefined>;
  body: TParsed<D, "body", undefined>;
};

type TRouteBase<D> = TRouteInput<D> & { request: Request; user: TSessionUser; correlationId: string };
export type TOrgRouteContext<D> = TRouteBase<D> & TMembershipContext & TRequestLogin;

/** What Next.js passes a route handler beside the request. */
type TNextContext<P> = { params: Promise<P> };

function parsePathParams(schema: z.ZodType, rawParams: unknown) {
  try {
    return parseUnderPolicy(schema, rawParams);
  } catch {
    throw notFound();
  }
}

/**
 * Every input through its schema under the input policy, as for actions (lib/platform/validation/parse-input.ts): a
 * ZodError becomes VALIDATION with errors per field (path parameters: NOT_FOUND); NUL, lone surrogates and out-of-range
 * numbers are field errors.
 */
async function parseRouteInput<D extends TRouteSchemas & TRouteOptions>(
  definition: D,
  request: Request,
  rawParams: unknown,
) {
  // A path that names nothing is not found, as pages answer (issue 12: 404 for any malformed path segment).
  const params = definition.params ? parsePathParams(definition.params, rawParams) : rawParams;
  const query =
    definition.query && parseUnderPolicy(definition.query, Object.fromEntries(new URL(request.url).searchParams));
  const body =
    definition.body &&
    parseUnderPolicy(definition.body, await readJsonBody(request, definition.maxBodyBytes ?? ROUTE_BODY_LIMIT_BYTES));
  return { params, query, body } as TRouteInput<D>;
}

/**
 * The one way a route handler is written, with the steps and error policy of the action helper
 * (lib/platform/actions/action-client.ts): load the session user, count the request against the route's rate limit, check
 * the caller's role in the organisation the path names (a malformed organisation number is NOT_FOUND before any query),
 * parse the path parameters, query and body with their zod schemas, then run the handler; every failure is answered
 * through `jsonRoute` (lib/platform/errors/to-action-error.ts, with an HTTP status). The organisation is in the path rather
 * than in the input, so membership comes before parsing: a non-member gets the 404 pages give, and learns nothing
 * of what the route accepts. Route handlers read, or wait on upstream calls that must not hold a transaction open; a
 * change they make is written with its audit event by `inAuditedTransaction` (lib/platform/db/audited-transaction.ts), with
 * the request's `user` and `correlationId`.
 */
export function createRouteClient(deps: TRequestDeps) {
  return {
    /** A route for members of the organisation in the path (`[orgNumber]`) with at least `minimumRole`. */
    orgRoute<D extends TRouteSchemas & TRouteOptions & { minimumRole?: Role }>(
      definition: D,
      handler: (context: TOrgRouteContext<D>) => Promise<unknown>,
    ) {
      return jsonRoute(async (request, context: TNextContext<{ orgNumber: string }>, correlationId) => {
        const user = await requireSessionUser(deps);
        if (definition.rateLimit) await deps.rateLimit?.(definition.rateLimit, user.id);
        const rawParams = await context.params;
        const orgNumber = orgNumberParam(rawParams.orgNumber);
        if (!orgNumber) throw notFound();
        const membership = await requireMembership({
          db: deps.db(),
          userId: user.id,
          orgNumber,
          minimumRole: definition.minimumRole,
        });
        const input = await parseRouteInput(definition, request, rawParams);
        const login = loginOf(user);
        return withRequestLogin(login, () =>
          handler({ ...input, ...membership, ...login, request, user, correlationId }),
        );
      });
    },

    /**
     * A route for platform administrators only. Anyone else gets NOT_FOUND, as the platform pages answer, where a
     * platform action says FORBIDDEN: a page or route does not reveal that it exists.
     */
    platformRoute<D extends TRouteSchemas & TRouteOptions>(
      definition: D,
      handler: (context: TRouteBase<D>) => Promise<unknown>,
    ) {
      return jsonRoute(async (request, context: TNextContext<object>, correlationId) => {
        const user = await requireSessionUser(deps);
        if (!user.isPlatformAdmin) throw notFound();
        if (definition.rateLimit) await deps.rateLimit?.(definition.rateLimit, user.id);
        const input = await parseRouteInput(definition, request, await context.params);
        return withRequestLogin(loginOf(user), () => handler({ ...input, request, user, correlationId }));
      });
    },
  };
}
