import "server-only";
import type { TDb, TTx } from "@/lib/platform/db/prisma";
import { compareAccessLists, compareConnections } from "./compare-access-lists";
import { compareResource } from "./compare-resources";
import { compareScopes } from "./compare-scopes";
import { listMemberDifferences } from "./list-member-differences";
import { loadEnvironmentState } from "./load-environment-state";
import { connectionKey } from "./promotion-keys";

export type TEnvironmentsComparison = Awaited<ReturnType<typeof getEnvironmentsComparison>>;

/**
 * An organisation's whole test and production state side by side, as the portal records it: scopes, access lists
 * (members compared in PostgreSQL), resource connections and consent resources with their policies. The page shows
 * it, and the promotion reads it again inside its transaction to decide what may be promoted.
 */
export async function getEnvironmentsComparison(options: {
  db: TDb | TTx;
  organisation: { id: string; orgCode: string | null; scopePrefix: string | null };
}) {
  const { db, organisation } = options;
  const state = await loadEnvironmentState({ db, organisationId: organisation.id });
  const identifiers = [...new Set([...state.accessLists.TEST, ...state.accessLists.PROD].map((l) => l.identifier))];
  const idIn = (lists: { id: string; identifier: string }[], identifier: string) =>
    lists.find((list) => list.identifier === identifier)?.id ?? null;
  const members = await listMemberDifferences({
    db,
    pairs: identifiers.map((identifier) => ({
      identifier,
      testId: idIn(state.accessLists.TEST, identifier),
      prodId: idIn(state.accessLists.PROD, identifier),
    })),
  });
  const prodLists = new Set(state.accessLists.PROD.map((list) => list.identifier));
  const connections = compareConnections(state.connections.TEST, state.connections.PROD, prodLists);
  const missingConnections = new Map<string, string[]>();
  for (const connection of connections.filter((c) => c.status === "missingInProd")) {
    const keys = missingConnections.get(connection.resourceIdentifier) ?? [];
    missingConnections.set(connection.resourceIdentifier, [
      ...keys,
      connectionKey(connection.listIdentifier, connection.resourceIdentifier),
    ]);
  }
  const context = {
    orgCode: organisation.orgCode ?? "",
    scopePrefix: organisation.scopePrefix,
    prodScopeNames: new Set(state.scopes.PROD.filter((scope) => scope.active).map((scope) => scope.name)),
    missingConnections,
    connectedInProd: new Set(state.connections.PROD.map((connection) => connection.resourceIdentifier)),
  };
  return {
    scopes: compareScopes(state.scopes.TEST, state.scopes.PROD),
    accessLists: compareAccessLists(state.accessLists.TEST, state.accessLists.PROD, members),
    connections,
    resources: state.resources.map((resource) => compareResource(resource, context)),
  };
}

/** Every compared object in promotion order: scopes, lists, connections, then resources (which need them). */
export const comparedObjects = (comparison: TEnvironmentsComparison) => [
  ...comparison.scopes,
  ...comparison.accessLists,
  ...comparison.connections,
  ...comparison.resources,
];
