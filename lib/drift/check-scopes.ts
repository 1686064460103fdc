import "server-only";
import { getScope, listOwnScopes } from "@/lib/platform/upstream/maskinporten-scopes-client";
import { scopeSelect, toScope } from "@/lib/scopes/scope-dto";
import { scopeChangeTarget } from "@/lib/scopes/scope-target";
import type { TCheckContext } from "./check-context";
import { compareScope } from "./compare-scope";
import type { TDriftResult } from "./drift-fields";

/**
 * The organisation's scopes in one environment against Maskinporten: one list call for the active ones, a read by
 * name for each scope the list lacks (Maskinporten lists only active scopes); one it does not have at all is deleted.
 */
export async function checkScopes(context: TCheckContext): Promise<TDriftResult[]> {
  const rows = await context.db.maskinportenScope.findMany({
    where: { organisationId: context.organisation.id, environment: context.environment },
    select: scopeSelect,
  });
  const scopes = rows.map(toScope).filter((scope) => !context.isPending(...targetOf(context, scope.name)));
  if (scopes.length === 0) return [];
  const listed = new Map(
    (await listOwnScopes(context.acting)).map((scope) => [scope.name ?? `${scope.prefix}:${scope.subscope}`, scope]),
  );
  return Promise.all(
    scopes.map(async (scope): Promise<TDriftResult> => {
      const upstream = listed.get(scope.name) ?? (await getScope(context.acting, scope.name));
      const base = { objectType: "scope" as const, objectId: scope.id, label: scope.name };
      if (!upstream) return { ...base, fields: {}, deletedUpstream: true };
      return { ...base, fields: compareScope(scope, upstream), deletedUpstream: false };
    }),
  );
}

function targetOf(context: TCheckContext, name: string): [string, string] {
  const target = scopeChangeTarget(context.environment, name);
  return [target.targetType, target.targetId];
}
