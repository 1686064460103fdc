import "server-only";
import type { createActionClient } from "@/lib/actions/action-client";
import { copyScopeToProd } from "./copy-scope-to-prod";
import { createScope } from "./create-scope";
import { deactivateScope } from "./deactivate-scope";
import { scopeFieldsOf, ZCreateScope, ZScopeReference, ZUpdateScope } from "./schemas";
import { updateScope } from "./update-scope";

// The scope actions, defined against any action client: lib/actions/scope-actions.ts binds them to the portal's, and
// the tests to one with a chosen user, so the tests exercise these exact definitions (roles included).

type TOrgAction = ReturnType<typeof createActionClient>["orgAction"];

const scopesPath = (input: { orgNumber: string }) => [`/orgs/${input.orgNumber}/scopes`];
const result = (scope: { id: string; name: string; environment: string }, changeId: string) => ({
  scopeId: scope.id,
  name: scope.name,
  environment: scope.environment,
  changeId,
});

/** Only editors and administrators change scopes; viewers only see them. */
export function defineScopeActions(orgAction: TOrgAction) {
  return {
    create: orgAction({
      name: "scope.create",
      schema: ZCreateScope,
      minimumRole: "EDITOR",
      revalidate: scopesPath,
      run: async ({ input, tx, organisation }) => {
        const { environment, subscope } = input;
        const { scope, changeId } = await createScope({ tx, organisation, environment, subscope, fields: scopeFieldsOf(input) });
        return {
          data: result(scope, changeId),
          audit: { targetType: "scope", targetId: scope.id, summary: `Created ${scope.name} in ${environment}` },
        };
      },
    }),

    update: orgAction({
      name: "scope.update",
      schema: ZUpdateScope,
      minimumRole: "EDITOR",
      revalidate: scopesPath,
      run: async ({ input, tx, organisation }) => {
        const { scope, changeId } = await updateScope({ tx, organisation, scopeId: input.scopeId, fields: scopeFieldsOf(input) });
        return {
          data: result(scope, changeId),
          audit: { targetType: "scope", targetId: scope.id, summary: `Updated ${scope.name} in ${scope.environment}` },
        };
      },
    }),

    deactivate: orgAction({
      name: "scope.deactivate",
      schema: ZScopeReference,
      minimumRole: "EDITOR",
      revalidate: scopesPath,
      run: async ({ input, tx, organisation }) => {
        const { scope, changeId } = await deactivateScope({ tx, organisation, scopeId: input.scopeId });
        return {
          data: result(scope, changeId),
          audit: { targetType: "scope", targetId: scope.id, summary: `Deactivated ${scope.name} in ${scope.environment}` },
        };
      },
    }),

    copyToProd: orgAction({
      name: "scope.copy-to-prod",
      schema: ZScopeReference,
      minimumRole: "EDITOR",
      revalidate: scopesPath,
      run: async ({ input, tx, organisation }) => {
        const { scope, changeId } = await copyScopeToProd({ tx, organisation, scopeId: input.scopeId });
        return {
          data: result(scope, changeId),
          audit: { targetType: "scope", targetId: scope.id, summary: `Copied ${scope.name} from test to prod` },
        };
      },
    }),
  };
}
