import "server-only";
import type { z } from "zod";
import { requireSessionUser, type TRequestDeps } from "@/lib/platform/actions/action-client";
import type { TSessionUser } from "@/lib/platform/auth/get-session-user";
import type { Role } from "@/lib/platform/db/create-prisma-client";
import { notFound } from "@/lib/platform/errors/app-error";
import { requireMembership, type TMembershipContext } from "@/lib/platform/auth/require-membership";
import { jsonRoute } from "./json-route";

/** The zod schemas of a route's input: its path parameters, its query string and its JSON body. */
type TRouteSchemas = { params?: z.ZodType; query?: z.ZodType; body?: z.ZodType };
type TParsed<D, K extends keyof TRouteSchemas, Otherwise> = D extends { [key in K]: infer S extends z.ZodType }
  ? z.output<S>
  : Otherwise;
type TRouteInput<D> = {
  params: TParsed<D, "params", Record<string, string | string[] | undefined>>;
  query: TParsed<D, "query", undefined>;
  body: TParsed<D, "body", undefined>;
};

type TRouteBase<D> = TRouteInput<D> & { request: Request; user: TSessionUser; correlationId: string };
export type TOrgRouteContext<D> = TRouteBase<D> & TMembershipContext;

/** What Next.js passes a route handler beside the request. */
type TNextContext<P> = { params: Promise<P> };

/** Every input through its schema, as for actions: a ZodError becomes VALIDATION with errors per field. */
async function parseInput<D extends TRouteSchemas>(definition: D, request: Request, rawParams: unknown) {
  const params = definition.params ? definition.params.parse(rawParams) : rawParams;
  const query = definition.query?.parse(Object.fromEntries(new URL(request.url).searchParams));
  // Unreadable JSON is parsed as no body, so the schema names what is missing.
  const body = definition.body?.parse(await request.json().catch(() => undefined));
  return { params, query, body } as TRouteInput<D>;
}

/**
 * The one way a route handler is written, with the steps and error policy of the action helper
 * (lib/platform/actions/action-client.ts): load the session user, check the caller's role in the organisation the path names,
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
    orgRoute<D extends TRouteSchemas & { minimumRole?: Role }>(
      definition: D,
      handler: (context: TOrgRouteContext<D>) => Promise<unknown>,
    ) {
      return jsonRoute(async (request, context: TNextContext<{ orgNumber: string }>, correlationId) => {
        const user = await requireSessionUser(deps);
        const rawParams = await context.params;
        const membership = await requireMembership({
          db: deps.db(),
          userId: user.id,
          orgNumber: rawParams.orgNumber,
          minimumRole: definition.minimumRole,
        });
        const input = await parseInput(definition, request, rawParams);
        return handler({ ...input, ...membership, request, user, correlationId });
      });
    },

    /**
     * A route for platform administrators only. Anyone else gets NOT_FOUND, as the platform pages answer, where a
     * platform action says FORBIDDEN: a page or route does not reveal that it exists.
     */
    platformRoute<D extends TRouteSchemas>(definition: D, handler: (context: TRouteBase<D>) => Promise<unknown>) {
      return jsonRoute(async (request, context: TNextContext<object>, correlationId) => {
        const user = await requireSessionUser(deps);
        if (!user.isPlatformAdmin) throw notFound();
        const input = await parseInput(definition, request, await context.params);
        return handler({ ...input, request, user, correlationId });
      });
    },
  };
}
