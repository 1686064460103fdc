"use server";

import { requireProductionRole } from "@/lib/platform/auth/production-rule";
import { copyScopeToProd } from "./copy-scope-to-prod";
import { createScope } from "./create-scope";
import { deactivateScope } from "./deactivate-scope";
import { featureActions } from "@/lib/platform/actions/feature-actions";
import type { TScope } from "./scope-dto";
import { scopeFieldsOf, ZCreateScope, ZScopeReference, ZUpdateScope } from "./schemas";
import { UPDATE_SCOPE_ACTION, updateScope } from "./update-scope";

// Scope changes are recorded and queued here; the worker sends them to Maskinporten (lib/platform/jobs).

const { action, onRow, audited } = featureActions({
  table: "MaskinportenScope",
  idField: "scopeId",
  targetType: "scope",
  revalidate: (input) => [`/orgs/${input.orgNumber}/scopes`],
  // The production rule for a change to an existing scope; an unknown scope is left to the change, which says so.
  requireRole: (role, scope) => requireProductionRole({ role, environment: scope.environment }),
});
type TScopeChange = { scope: TScope; changeId: string };

/** What every scope action answers; the edit form carries `version` on to its next save. */
const scopeData = ({ scope, changeId }: TScopeChange) => ({
  scopeId: scope.id,
  name: scope.name,
  environment: scope.environment,
  version: scope.version,
  changeId,
});

/** Editors and administrators change scopes in test, administrators in production (production-rule.ts); viewers only see them. */
export const createScopeAction = action({
  name: "scope.create",
  schema: ZCreateScope,
  run: async ({ input, tx, organisation, role }) => {
    const { environment, subscope } = input;
    requireProductionRole({ role, environment });
    const changed = await createScope({ tx, organisation, environment, subscope, fields: scopeFieldsOf(input) });
    return audited(scopeData(changed), changed.scope.id, `Created ${changed.scope.name} in ${environment}`);
  },
});

export const updateScopeAction = onRow({
  name: UPDATE_SCOPE_ACTION,
  schema: ZUpdateScope,
  change: async (input, tx, organisation) => {
    const { scopeId, version } = input;
    const changed = await updateScope({ tx, organisation, scopeId, version, fields: scopeFieldsOf(input) });
    return { data: scopeData(changed), summary: `Updated ${changed.scope.name} in ${changed.scope.environment}` };
  },
});

export const deactivateScopeAction = onRow({
  name: "scope.deactivate",
  schema: ZScopeReference,
  change: async (input, tx, organisation) => {
    const changed = await deactivateScope({ tx, organisation, scopeId: input.scopeId });
    return { data: scopeData(changed), summary: `Deactivated ${changed.scope.name} in ${changed.scope.environment}` };
  },
});

export const copyScopeToProdAction = action({
  name: "scope.copy-to-prod",
  schema: ZScopeReference,
  run: async ({ input, tx, organisation, role }) => {
    requireProductionRole({ role, environment: "PROD" });
    const changed = await copyScopeToProd({ tx, organisation, scopeId: input.scopeId });
    return audited(scopeData(changed), changed.scope.id, `Copied ${changed.scope.name} from test to prod`);
  },
});
