import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { enqueueUpstreamChange } from "@/lib/upstream-jobs/enqueue-upstream-change";
import { scopeUpsertPayload, type TScope } from "./scope-dto";
import { scopeChangeTarget } from "./scope-target";
import { fromUpstreamEnv } from "@/lib/platform/environment";

// The two changes a scope sends to Maskinporten, queued in the caller's transaction (never sent from the action).

type TOptions = { tx: TTx; organisation: { id: string; orgNumber: string }; scope: TScope };

export async function enqueueScopeUpsert({ tx, organisation, scope }: TOptions) {
  const environment = fromUpstreamEnv(scope.environment);
  return enqueueUpstreamChange({
    tx,
    organisationId: organisation.id,
    environment,
    kind: "maskinporten.scope.upsert",
    ...scopeChangeTarget(environment, scope.name),
    payload: scopeUpsertPayload(organisation.orgNumber, scope),
  });
}

export async function enqueueScopeDeactivation({ tx, organisation, scope }: TOptions) {
  const environment = fromUpstreamEnv(scope.environment);
  return enqueueUpstreamChange({
    tx,
    organisationId: organisation.id,
    environment,
    kind: "maskinporten.scope.deactivate",
    ...scopeChangeTarget(environment, scope.name),
    payload: { actingFor: organisation.orgNumber, scope: scope.name },
  });
}
