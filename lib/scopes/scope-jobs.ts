import "server-only";
import { z } from "zod";
import { defineUpstreamJob } from "@/lib/platform/jobs/define-upstream-job";
import { alreadyGoneIsDone, RetryLaterError } from "@/lib/platform/jobs/upstream-job-kit";
import {
  createScope,
  deactivateScope,
  grantScopeAccess,
  listScopeAccess,
  revokeScopeAccess,
  type TScopeAccess,
  updateScope,
  ZCreateScopeRequest,
} from "@/lib/platform/upstream/maskinporten-scopes-client";
import { isUpstreamError, isUpstreamNotFound } from "@/lib/platform/upstream/upstream-error";

// A service owner's scopes in Maskinporten, and a consumer's access to one (granted when an access request is
// approved, or by platform administrators for the consent API scopes).

const ZScopeAccess = z.object({ actingFor: z.string(), scope: z.string(), consumerOrg: z.string() });

/**
 * Grant and revoke set one object, the consumer's access to the scope, so the newer of the two wins (the job runtime
 * never sends a grant once its revoke is queued). Named by scope and consumer because a consent-scope request's
 * target holds grants of two scopes.
 */
const scopeAccessObject = { keys: (access: z.infer<typeof ZScopeAccess>) => [`${access.scope} ${access.consumerOrg}`] };

/** Maskinporten's state of a grant; an access without one predates the field and counts as granted. */
const isGranted = (access: TScopeAccess, consumerOrg: string) =>
  access.consumer_orgno === consumerOrg && (access.state ?? "APPROVED") === "APPROVED";

/**
 * Creates the scope, or updates it when it exists. A create whose response was lost (timeout) is
 * retried as a 409 here and becomes an update, so the scope is created exactly once.
 */
export const scopeUpsertJob = defineUpstreamJob({
  kind: "maskinporten.scope.upsert",
  payload: z.object({ actingFor: z.string(), scope: ZCreateScopeRequest }),
  handler: async ({ payload: { scope }, acting }) => {
    try {
      await createScope(acting, scope);
    } catch (error) {
      if (!isUpstreamError(error) || error.status !== 409) throw error;
      const { prefix, subscope, ...mutable } = scope;
      await updateScope(acting, `${prefix}:${subscope}`, mutable);
    }
  },
});

/** Maskinporten never deletes a scope; deactivating one that is already gone is done. */
export const scopeDeactivateJob = defineUpstreamJob({
  kind: "maskinporten.scope.deactivate",
  payload: z.object({ actingFor: z.string(), scope: z.string() }),
  handler: ({ payload, acting }) => alreadyGoneIsDone(deactivateScope(acting, payload.scope)),
});

/** Granting is a PUT: doing it twice is one grant. */
export const scopeAccessGrantJob = defineUpstreamJob({
  kind: "maskinporten.scope-access.grant",
  payload: ZScopeAccess,
  objects: scopeAccessObject,
  handler: async ({ payload, acting }) => {
    await grantScopeAccess(acting, payload.scope, payload.consumerOrg);
  },
});

/**
 * Revoking a grant that is gone with its scope (404) is done: nobody has access to a scope that is not there. The
 * revoke is done only once Maskinporten no longer lists the access (read back): a grant that landed after all (an
 * answer lost on its way, a call still in flight) is revoked again by the queue's retry, with this as the reason.
 */
export const scopeAccessRevokeJob = defineUpstreamJob({
  kind: "maskinporten.scope-access.revoke",
  payload: ZScopeAccess,
  objects: scopeAccessObject,
  handler: async ({ payload, acting }) => {
    await alreadyGoneIsDone(revokeScopeAccess(acting, payload.scope, payload.consumerOrg));
    const accesses = await listScopeAccess(acting, payload.scope).catch((error: unknown) => {
      if (isUpstreamNotFound(error)) return [];
      throw error;
    });
    if (accesses.some((access) => isGranted(access, payload.consumerOrg))) {
      throw new RetryLaterError(
        `Maskinporten still grants ${payload.scope} to ${payload.consumerOrg} after the revoke; revoking again`,
      );
    }
  },
});

export const scopeJobs = [scopeUpsertJob, scopeDeactivateJob, scopeAccessGrantJob, scopeAccessRevokeJob] as const;
