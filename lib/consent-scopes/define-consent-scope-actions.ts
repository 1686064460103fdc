import "server-only";
import type { createActionClient } from "@/lib/actions/action-client";
import { decideConsentScopeRequest } from "./decide-consent-scope-request";
import { requestConsentScopes } from "./request-consent-scopes";
import { ZDecideConsentScopeRequest, ZRequestConsentScopes } from "./schemas";

// Defined against any action client (lib/actions/consent-scope-actions.ts binds the portal's; tests their own).

type TActionClient = ReturnType<typeof createActionClient>;

export function defineConsentScopeActions({ orgAction, platformAction }: Pick<TActionClient, "orgAction" | "platformAction">) {
  return {
    /** Editors and administrators ask; viewers only see the status. */
    request: orgAction({
      name: "consent-scopes.request",
      schema: ZRequestConsentScopes,
      minimumRole: "EDITOR",
      revalidate: (input) => [`/orgs/${input.orgNumber}/clients/${input.environment}`, "/admin/consent-scopes"],
      run: async ({ input, tx, organisation, user }) => {
        const request = await requestConsentScopes({ tx, organisationId: organisation.id, environment: input.environment, requestedById: user.id });
        return {
          data: { requestId: request.id },
          audit: { targetType: "consent-scope-request", targetId: request.id, summary: `Requested the consent API scopes in ${input.environment}` },
        };
      },
    }),

    /** Only Digdir, as the platform operator, hands out its consent API scopes. */
    decide: platformAction({
      name: "consent-scopes.decide",
      schema: ZDecideConsentScopeRequest,
      revalidate: () => ["/admin/consent-scopes"],
      run: async ({ input, tx, user }) => {
        const request = await decideConsentScopeRequest({ tx, ...input, deciderId: user.id });
        const environment = request.environment.toLowerCase();
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
    }),
  };
}
