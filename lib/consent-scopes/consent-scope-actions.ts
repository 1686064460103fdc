"use server";

import { orgAction, platformAction } from "@/lib/platform/actions/safe-action";
import { auditedAs } from "@/lib/platform/db/audited-as";
import { toUpstreamEnv } from "@/lib/platform/environment";
import { decideConsentScopeRequest } from "./decide-consent-scope-request";
import { requestConsentScopes } from "./request-consent-scopes";
import { ZDecideConsentScopeRequest, ZRequestConsentScopes } from "./schemas";

// A consumer's request for the consent API scopes, and the platform administrators' decision on it.

const audited = auditedAs("consent-scope-request");

/** Editors and administrators ask; viewers only see the status. */
export const requestConsentScopesAction = orgAction({
  name: "consent-scopes.request",
  schema: ZRequestConsentScopes,
  minimumRole: "EDITOR",
  revalidate: (input) => [`/orgs/${input.orgNumber}/clients/${input.environment}`, "/admin/consent-scopes"],
  run: async ({ input, tx, organisation, user }) => {
    const organisationId = organisation.id;
    const request = await requestConsentScopes({ tx, ...input, organisationId, requestedById: user.id });
    return audited({ requestId: request.id }, request.id, `Requested the consent API scopes in ${input.environment}`);
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
    const { organisation } = request;
    const summary = `${what} the consent API scopes for ${organisation.name} (${organisation.orgNumber}) in ${environment}`;
    return audited({ requestId: request.id }, request.id, summary, organisation.id);
  },
});
