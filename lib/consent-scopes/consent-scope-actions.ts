"use server";

import { orgAction, platformAction } from "@/lib/platform/actions/safe-action";
import { toUpstreamEnv } from "@/lib/platform/environment";
import { decideConsentScopeRequest } from "./decide-consent-scope-request";
import { requestConsentScopes } from "./request-consent-scopes";
import { ZDecideConsentScopeRequest, ZRequestConsentScopes } from "./schemas";

// A consumer's request for the consent API scopes, and the platform administrators' decision on it.

/** Editors and administrators ask; viewers only see the status. */
export const requestConsentScopesAction = orgAction({
  name: "consent-scopes.request",
  schema: ZRequestConsentScopes,
  minimumRole: "EDITOR",
  revalidate: (input) => [`/orgs/${input.orgNumber}/clients/${input.environment}`, "/admin/consent-scopes"],
  run: async ({ input, tx, organisation, user }) => {
    const request = await requestConsentScopes({
      tx,
      organisationId: organisation.id,
      environment: input.environment,
      requestedById: user.id,
    });
    return {
      data: { requestId: request.id },
      audit: {
        targetType: "consent-scope-request",
        targetId: request.id,
        summary: `Requested the consent API scopes in ${input.environment}`,
      },
    };
  },
});

/** Only Digdir, as the platform operator, hands out its consent API scopes. */
export const decideConsentScopeRequestAction = platformAction({
  name: "consent-scopes.decide",
  schema: ZDecideConsentScopeRequest,
  revalidate: () => ["/admin/consent-scopes"],
  run: async ({ input, tx, user }) => {
    const request = await decideConsentScopeRequest({ tx, ...input, deciderId: user.id });
    const environment = toUpstreamEnv(request.environment);
    const what = input.decision === "grant" ? "Granted" : `Refused (${input.reason})`;
    return {
      data: { requestId: request.id },
      audit: {
        targetType: "consent-scope-request",
        targetId: request.id,
        organisationId: request.organisation.id,
        summary: `${what} the consent API scopes for ${request.organisation.name} (${request.organisation.orgNumber}) in ${environment}`,
      },
    };
  },
});
