import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { enqueueUpstreamChange } from "@/lib/upstream-jobs/enqueue-upstream-change";
import { scopeUpsertPayload, type TScope } from "./scope-dto";
import { scopeChangeTarget } from "./scope-target";
import { fromUpstreamEnv } from "@/lib/platform/environment";

// The two changes a scope sends to Maskinporten, queued in the caller's transaction (never sent from the action).

type TOptions = { tx: TTx; organisation: { id: string; orgNumber: string }; scope: TScope };

/** Where a change of the scope is recorded: its organisation, environment and target (scope-target.ts). */
function scopeChangeRow({ tx, organisation, scope }: TOptions) {
  const environment = fromUpstreamEnv(scope.environment);
  return { tx, organisationId: organisation.id, environment, ...scopeChangeTarget(environment, scope.name) };
}

export async function enqueueScopeUpsert(options: TOptions) {
  return enqueueUpstreamChange({
    ...scopeChangeRow(options),
    kind: "maskinporten.scope.upsert",
    payload: scopeUpsertPayload(options.organisation.orgNumber, options.scope),
  });
}

export async function enqueueScopeDeactivation(options: TOptions) {
  return enqueueUpstreamChange({
    ...scopeChangeRow(options),
    kind: "maskinporten.scope.deactivate",
    payload: { actingFor: options.organisation.orgNumber, scope: options.scope.name },
  });
}
