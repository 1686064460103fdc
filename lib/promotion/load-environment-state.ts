import "server-only";
import type { TConsentResourceDefinition } from "@/lib/consent-resources/resource-definition-schema";
import { ACCESS_LIST_TARGET_TYPE } from "@/lib/access-lists/access-list-target";
import type { TDb, TTx } from "@/lib/platform/db/prisma";
import { latestUpstreamChanges } from "@/lib/platform/jobs/latest-upstream-changes";
import { toUpstreamEnv, type TEnvironment } from "@/lib/platform/environment";
import { RESOURCE_TARGET_TYPE } from "@/lib/publishing/publication-payload";
import { latestScopeChanges } from "@/lib/scopes/scope-sync-state";
import { scopeSelect, toScope } from "@/lib/scopes/scope-dto";
import type { TAccessListRecord, TConnectionRecord } from "./compare-access-lists";
import type { TScopeRecord } from "./compare-scopes";
import type { TPublicationRecord, TResourceInput } from "./compare-resources";

// The portal's own records of an organisation in both environments (not upstream's: drift is another page), with each
// object's latest upstream change. Every query is scoped by the organisation in its `where`.

type TByEnvironment<T> = Record<TEnvironment, T[]>;
const split = <T extends { environment: TEnvironment }>(rows: T[]): TByEnvironment<T> => ({
  TEST: rows.filter((row) => row.environment === "TEST"),
  PROD: rows.filter((row) => row.environment === "PROD"),
});
const target = (environment: TEnvironment, name: string) => `${toUpstreamEnv(environment)}:${name}`;

async function loadScopes(db: TDb | TTx, organisationId: string): Promise<TByEnvironment<TScopeRecord>> {
  const rows = await db.maskinportenScope.findMany({
    where: { organisationId },
    orderBy: { subscope: "asc" },
    select: scopeSelect,
  });
  const scopes = rows.map((row) => ({ ...toScope(row), environment: row.environment }));
  const targetIds = scopes.map((scope) => target(scope.environment, scope.name));
  const sync = await latestScopeChanges({ db, organisationId, targetIds });
  return split(scopes.map((scope) => ({ ...scope, sync: sync.get(target(scope.environment, scope.name)) ?? null })));
}

async function loadAccessLists(db: TDb | TTx, organisationId: string) {
  const rows = await db.accessList.findMany({
    where: { organisationId },
    orderBy: { identifier: "asc" },
    select: {
      id: true,
      environment: true,
      identifier: true,
      name: true,
      description: true,
      memberCount: true,
      version: true,
    },
  });
  const targetIds = rows.map((row) => target(row.environment, row.identifier));
  const sync = await latestUpstreamChanges({ db, organisationId, targetType: ACCESS_LIST_TARGET_TYPE, targetIds });
  const records = rows.map((row) => ({ ...row, sync: sync.get(target(row.environment, row.identifier)) ?? null }));
  return split(records) satisfies TByEnvironment<TAccessListRecord>;
}

async function loadConnections(db: TDb | TTx, organisationId: string) {
  const links = await db.accessListResourceLink.findMany({
    where: { accessList: { organisationId }, resource: { organisationId } },
    select: {
      actionFilters: true,
      accessList: { select: { environment: true, identifier: true } },
      resource: { select: { identifier: true } },
    },
  });
  const records = links.map((link) => ({
    environment: link.accessList.environment,
    listIdentifier: link.accessList.identifier,
    resourceIdentifier: link.resource.identifier,
    actionFilters: link.actionFilters,
  }));
  return split(records) satisfies TByEnvironment<TConnectionRecord>;
}

/** Resources published (or withdrawn) in at least one environment; drafts never published are not compared. */
async function loadResources(
  db: TDb | TTx,
  organisationId: string,
  connections: TByEnvironment<TConnectionRecord>,
): Promise<TResourceInput[]> {
  const resources = await db.consentResource.findMany({
    where: { organisationId, publications: { some: {} } },
    orderBy: { identifier: "asc" },
    select: {
      identifier: true,
      publications: {
        select: { environment: true, state: true, version: { select: { version: true, content: true } } },
      },
    },
  });
  const changes = await db.upstreamChange.findMany({
    where: { organisationId, targetType: RESOURCE_TARGET_TYPE, targetId: { in: resources.map((r) => r.identifier) } },
    orderBy: { createdAt: "desc" },
    distinct: ["targetId", "environment"],
    select: { id: true, targetId: true, environment: true, kind: true, status: true, lastError: true },
  });
  const side = (
    identifier: string,
    environment: TEnvironment,
    publications: (typeof resources)[number]["publications"],
  ) => {
    const publication = publications.find((p) => p.environment === environment);
    if (!publication) return null;
    const change = changes.find((c) => c.targetId === identifier && c.environment === environment);
    return {
      version: publication.version.version,
      state: publication.state,
      definition: publication.version.content as unknown as TConsentResourceDefinition,
      accessLists: connections[environment]
        .filter((connection) => connection.resourceIdentifier === identifier)
        .map((connection) => connection.listIdentifier),
      sync: change
        ? { changeId: change.id, kind: change.kind, status: change.status, lastError: change.lastError }
        : null,
    } satisfies TPublicationRecord;
  };
  return resources.map(({ identifier, publications }) => ({
    identifier,
    test: side(identifier, "TEST", publications),
    prod: side(identifier, "PROD", publications),
  }));
}

export async function loadEnvironmentState(options: { db: TDb | TTx; organisationId: string }) {
  const { db, organisationId } = options;
  const scopes = await loadScopes(db, organisationId);
  const accessLists = await loadAccessLists(db, organisationId);
  const connections = await loadConnections(db, organisationId);
  const resources = await loadResources(db, organisationId, connections);
  return { scopes, accessLists, connections, resources };
}
