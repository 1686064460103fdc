import "server-only";
import { z } from "zod";
import { defineUpstreamJob } from "@/lib/platform/jobs/define-upstream-job";
import { alreadyGoneIsDone } from "@/lib/platform/jobs/upstream-job-kit";
import {
  createScope,
  deactivateScope,
  grantScopeAccess,
  revokeScopeAccess,
  updateScope,
  ZCreateScopeRequest,
} from "@/lib/platform/upstream/maskinporten-scopes-client";
import { isUpstreamError } from "@/lib/platform/upstream/upstream-error";

// A service owner's scopes in Maskinporten, and a consumer's access to one (granted when an access request is
// approved, or by platform administrators for the consent API scopes).

const ZScopeAccess = z.object({ actingFor: z.string(), scope: z.string(), consumerOrg: z.string() });

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
  handler: async ({ payload, acting }) => {
    await grantScopeAccess(acting, payload.scope, payload.consumerOrg);
  },
});

/** Revoking a grant that is gone with its scope (404) is done: nobody has access to a scope that is not there. */
export const scopeAccessRevokeJob = defineUpstreamJob({
  kind: "maskinporten.scope-access.revoke",
  payload: ZScopeAccess,
  handler: ({ payload, acting }) => alreadyGoneIsDone(revokeScopeAccess(acting, payload.scope, payload.consumerOrg)),
});

export const scopeJobs = [scopeUpsertJob, scopeDeactivateJob, scopeAccessGrantJob, scopeAccessRevokeJob] as const;
