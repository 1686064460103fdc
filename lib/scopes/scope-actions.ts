"use server";

import { orgAction } from "@/lib/platform/actions/safe-action";
import { requireProductionRole } from "@/lib/platform/auth/production-rule";
import type { Role } from "@/lib/platform/db/create-prisma-client";
import type { TTx } from "@/lib/platform/db/prisma";
import { copyScopeToProd } from "./copy-scope-to-prod";
import { createScope } from "./create-scope";
import { deactivateScope } from "./deactivate-scope";
import { scopeFieldsOf, ZCreateScope, ZScopeReference, ZUpdateScope } from "./schemas";
import { updateScope } from "./update-scope";

// Scope changes are recorded and queued here; the worker sends them to Maskinporten (lib/platform/jobs).

/** The production rule for a change to an existing scope; an unknown scope is left to the change, which says so. */
async function requireRoleForScope(tx: TTx, organisationId: string, scopeId: string, role: Role) {
  const scope = await tx.maskinportenScope.findFirst({
    where: { id: scopeId, organisationId },
    select: { environment: true },
  });
  if (scope) requireProductionRole({ role, environment: scope.environment });
}

const scopesPath = (input: { orgNumber: string }) => [`/orgs/${input.orgNumber}/scopes`];
const result = (scope: { id: string; name: string; environment: string }, changeId: string) => ({
  scopeId: scope.id,
  name: scope.name,
  environment: scope.environment,
  changeId,
});

/** Editors and administrators change scopes in test, administrators in production (production-rule.ts); viewers only see them. */
export const createScopeAction = orgAction({
  name: "scope.create",
  schema: ZCreateScope,
  minimumRole: "EDITOR",
  revalidate: scopesPath,
  run: async ({ input, tx, organisation, role }) => {
    const { environment, subscope } = input;
    requireProductionRole({ role, environment });
    const { scope, changeId } = await createScope({
      tx,
      organisation,
      environment,
      subscope,
      fields: scopeFieldsOf(input),
    });
    return {
      data: result(scope, changeId),
      audit: { targetType: "scope", targetId: scope.id, summary: `Created ${scope.name} in ${environment}` },
    };
  },
});

export const updateScopeAction = orgAction({
  name: "scope.update",
  schema: ZUpdateScope,
  minimumRole: "EDITOR",
  revalidate: scopesPath,
  run: async ({ input, tx, organisation, role }) => {
    await requireRoleForScope(tx, organisation.id, input.scopeId, role);
    const { scope, changeId } = await updateScope({
      tx,
      organisation,
      scopeId: input.scopeId,
      fields: scopeFieldsOf(input),
    });
    return {
      data: result(scope, changeId),
      audit: { targetType: "scope", targetId: scope.id, summary: `Updated ${scope.name} in ${scope.environment}` },
    };
  },
});

export const deactivateScopeAction = orgAction({
  name: "scope.deactivate",
  schema: ZScopeReference,
  minimumRole: "EDITOR",
  revalidate: scopesPath,
  run: async ({ input, tx, organisation, role }) => {
    await requireRoleForScope(tx, organisation.id, input.scopeId, role);
    const { scope, changeId } = await deactivateScope({ tx, organisation, scopeId: input.scopeId });
    return {
      data: result(scope, changeId),
      audit: { targetType: "scope", targetId: scope.id, summary: `Deactivated ${scope.name} in ${scope.environment}` },
    };
  },
});

export const copyScopeToProdAction = orgAction({
  name: "scope.copy-to-prod",
  schema: ZScopeReference,
  minimumRole: "EDITOR",
  revalidate: scopesPath,
  run: async ({ input, tx, organisation, role }) => {
    requireProductionRole({ role, environment: "PROD" });
    const { scope, changeId } = await copyScopeToProd({ tx, organisation, scopeId: input.scopeId });
    return {
      data: result(scope, changeId),
      audit: { targetType: "scope", targetId: scope.id, summary: `Copied ${scope.name} from test to prod` },
    };
  },
});
