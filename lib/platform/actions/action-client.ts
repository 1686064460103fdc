import "server-only";
import type { z } from "zod";
import type { TSessionUser } from "@/lib/platform/auth/get-session-user";
import { inAuditedTransaction, type TChange } from "@/lib/platform/db/audited-transaction";
import type { Role } from "@/lib/platform/db/create-prisma-client";
import type { TDb, TTx } from "@/lib/platform/db/prisma";
import type { TActionResult } from "@/lib/platform/errors/action-result";
import { forbidden, unauthenticated } from "@/lib/platform/errors/app-error";
import { toActionError } from "@/lib/platform/errors/to-action-error";
import { parseInput } from "@/lib/platform/validation/parse-input";
import { requireMembership, type TMembershipContext } from "@/lib/platform/auth/require-membership";
import { withRequestLogin, type TRequestLogin } from "@/lib/platform/auth/recent-login";
import type { TConsumeRateLimit, TRateLimitName } from "@/lib/platform/rate-limit/rate-limiter";

export type { TAuditEntry } from "@/lib/platform/db/audited-transaction";

/** What the action helper and the route helper (lib/platform/http/route-client.ts) both need from the platform. */
export type TRequestDeps = {
  db: () => TDb;
  getUser: () => Promise<TSessionUser | null>;
  /** Counts a request against a named limit (lib/platform/rate-limit/); absent: nothing is limited. */
  rateLimit?: TConsumeRateLimit;
};

type TActionDeps = TRequestDeps & { revalidate: (path: string) => void };

type TAuthContext<I> = { input: I; user: TSessionUser; tx: TTx; correlationId: string };
type TOrgContext<I> = TAuthContext<I> & TMembershipContext & TRequestLogin;

type TActionDefinition<S extends z.ZodType, C, R> = {
  /** Audit action name, e.g. `membership.add`. */
  name: string;
  schema: S;
  run: (context: C) => Promise<TChange<R>>;
  /** Paths whose cached render is stale after the change. */
  revalidate?: (input: z.output<S>) => string[];
  /** A limit counted per user before anything else is done; over it, RATE_LIMITED with a translated message. */
  rateLimit?: TRateLimitName;
};

/** Step 2 for actions and route handlers: the session user, or UNAUTHENTICATED. */
export async function requireSessionUser(deps: Pick<TRequestDeps, "getUser">): Promise<TSessionUser> {
  const user = await deps.getUser();
  if (!user) throw unauthenticated();
  return user;
}

/** When the session user logged in (the session row's, lib/platform/auth/resolve-session.ts); null when not known. */
export const loginOf = (user: TSessionUser): TRequestLogin => ({ authenticatedAt: user.authenticatedAt ?? null });

/**
 * The one way a server action is written. Each step in order: parse the input with its zod schema under the
 * one input policy (lib/platform/validation/parse-input.ts: NUL, lone surrogates and out-of-range numbers are field errors),
 * load the session user, check the caller's role in the organisation the input names, run the
 * domain change, and write its audit event in the same transaction, so a failed change leaves no
 * audit event and an audited change cannot be lost. Errors follow lib/platform/errors/to-action-error.ts.
 */
export function createActionClient(deps: TActionDeps) {
  async function execute<S extends z.ZodType, C, R>(
    definition: TActionDefinition<S, C, R>,
    raw: unknown,
    scope: (base: TAuthContext<z.output<S>>) => Promise<{ context: C; organisationId: string | null }>,
  ): Promise<TActionResult<R>> {
    const correlationId = crypto.randomUUID();
    let data: R;
    let input: z.output<S>;
    try {
      input = parseInput(definition.schema, raw);
      const user = await requireSessionUser(deps);
      if (definition.rateLimit) await deps.rateLimit?.(definition.rateLimit, user.id);
      const actor = { actorId: user.id, action: definition.name, correlationId };
      // The change runs as the request of this login: a production check in it asks how recent the login is.
      data = await withRequestLogin(loginOf(user), () =>
        inAuditedTransaction(deps.db(), actor, async (tx) => {
          const { context, organisationId } = await scope({ input, user, tx, correlationId });
          const change = await definition.run(context);
          return { data: change.data, audit: { organisationId, ...change.audit } };
        }),
      );
    } catch (error) {
      return { ok: false, error: await toActionError(error, { action: definition.name, correlationId }) };
    }
    // Outside the try: revalidation must not turn a committed change into a reported failure.
    for (const path of definition.revalidate?.(input) ?? []) deps.revalidate(path);
    return { ok: true, data };
  }

  return {
    /** An action by a logged-in user that belongs to no organisation (e.g. registering one). */
    authAction<S extends z.ZodType, R>(definition: TActionDefinition<S, TAuthContext<z.output<S>>, R>) {
      return (raw: unknown) => execute(definition, raw, async (base) => ({ context: base, organisationId: null }));
    },

    /** An action only platform administrators (the operator, Digdir) may take. */
    platformAction<S extends z.ZodType, R>(definition: TActionDefinition<S, TAuthContext<z.output<S>>, R>) {
      return (raw: unknown) =>
        execute(definition, raw, async (base) => {
          if (!base.user.isPlatformAdmin) throw forbidden("platformAdminOnly");
          return { context: base, organisationId: null };
        });
    },

    /** An action on behalf of the organisation named by `input.orgNumber`, for `minimumRole` and up. */
    orgAction<S extends z.ZodType<{ orgNumber: string }>, R>(
      definition: TActionDefinition<S, TOrgContext<z.output<S>>, R> & { minimumRole: Role },
    ) {
      return (raw: unknown) =>
        execute(definition, raw, async (base) => {
          const membership = await requireMembership({
            db: base.tx,
            userId: base.user.id,
            orgNumber: base.input.orgNumber,
            minimumRole: definition.minimumRole,
          });
          const context = { ...base, ...membership, ...loginOf(base.user) };
          return { context, organisationId: membership.organisation.id };
        });
    },
  };
}
