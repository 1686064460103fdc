import "server-only";
import { readStoredDefinition } from "@/lib/consent-resources/resource-definition-schema";
import { scopeSelect } from "@/lib/scopes/scope-dto";
import { documentationSelect, toDocumentation } from "@/lib/documentation/documentation-select";
import type { TDocumentationEntry } from "./documentation-entry";
import { organisationSummarySelect, type TOrganisationSummary } from "@/lib/platform/auth/require-membership";
import type { TDb, TTx } from "@/lib/platform/db/prisma";
import { notFound } from "@/lib/platform/errors/app-error";
import { toUpstreamEnv, type TEnvironment } from "@/lib/platform/environment";
import {
  DEFINITIONS_API_VERSION,
  DEFINITIONS_KIND,
  type TAccessListEntry,
  type TDefinitionsDocument,
  type TResourceEntry,
  type TScopeEntry,
} from "./definitions-schema";

export type TPortalDefinitions = { organisation: TOrganisationSummary; document: TDefinitionsDocument };

const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T) =>
    key(a).localeCompare(key(b), "en");

type TRead = { db: TDb | TTx; organisationId: string; environment: TEnvironment };

async function readScopes({ db, organisationId, environment }: TRead): Promise<TScopeEntry[]> {
  // Deactivated scopes are left out: Maskinporten keeps them, but nothing about them can change any more.
  const rows = await db.maskinportenScope.findMany({
    where: { organisationId, environment, active: true },
    select: scopeSelect,
  });
  return rows
    .map((row): TScopeEntry => {
      const { subscope, description, visibility, tokenLifetimeSeconds } = row;
      // Saved through ZScopeFields, so only its integration types; an empty long description is stored as null.
      const allowedIntegrationTypes = row.allowedIntegrationTypes as TScopeEntry["allowedIntegrationTypes"];
      return {
        subscope,
        description,
        longDescription: row.longDescription ?? "",
        visibility,
        tokenLifetimeSeconds,
        allowedIntegrationTypes,
      };
    })
    .sort(byKey((s) => s.subscope));
}

/** Every language saved, as the document writes it (only what an owner writes; versions and times stay out); null for none. */
function documentationPerLanguage(rows: Parameters<typeof toDocumentation>[0][]): TDocumentationEntry | null {
  if (rows.length === 0) return null;
  return Object.fromEntries(
    rows.map((row) => {
      const { steps, requiredAccess, contact, sections } = toDocumentation(row);
      return [row.language, { steps, requiredAccess, contact, sections }];
    }),
  );
}

async function readResources({ db, organisationId, environment }: TRead): Promise<TResourceEntry[]> {
  const rows = await db.consentResource.findMany({
    where: { organisationId },
    select: {
      identifier: true,
      versions: { orderBy: { version: "desc" }, take: 1, select: { content: true } },
      publications: { where: { environment }, select: { state: true } },
      documentation: { select: documentationSelect },
    },
  });
  return rows
    .filter((row) => row.versions[0])
    .map((row) => {
      // The latest saved version is what the portal would publish next, so it is what a document states.
      const { identifier: _identifier, ...definition } = readStoredDefinition(row.versions[0]?.content);
      return {
        identifier: row.identifier,
        published: row.publications[0]?.state === "PUBLISHED",
        definition,
        documentation: documentationPerLanguage(row.documentation),
      };
    })
    .sort(byKey((r) => r.identifier));
}

async function readAccessLists({ db, organisationId, environment }: TRead): Promise<TAccessListEntry[]> {
  const rows = await db.accessList.findMany({
    where: { organisationId, environment },
    select: {
      identifier: true,
      name: true,
      description: true,
      members: { select: { orgNumber: true }, orderBy: { orgNumber: "asc" } },
      resourceLinks: { select: { resource: { select: { identifier: true } } } },
    },
  });
  return rows
    .map((row) => ({
      identifier: row.identifier,
      name: row.name,
      description: row.description,
      members: row.members.map((member) => member.orgNumber).sort(),
      resources: row.resourceLinks.map((link) => link.resource.identifier).sort(),
    }))
    .sort(byKey((l) => l.identifier));
}

/**
 * What the portal holds for one organisation in one environment, as a document (the export), every list sorted by
 * key. Scopes and access lists are per environment; consent resources and their documentation are the
 * organisation's in both, with `published` saying whether this environment has the resource.
 */
export async function readPortalDefinitions(options: TRead): Promise<TPortalDefinitions> {
  const { db, organisationId, environment } = options;
  const organisation = await db.organisation.findUnique({
    where: { id: organisationId },
    select: organisationSummarySelect,
  });
  if (!organisation) throw notFound("organisationNotFound");
  const [scopes, consentResources, accessLists] = await Promise.all([
    readScopes(options),
    readResources(options),
    readAccessLists(options),
  ]);
  const document: TDefinitionsDocument = {
    apiVersion: DEFINITIONS_API_VERSION,
    kind: DEFINITIONS_KIND,
    organisation: { orgNumber: organisation.orgNumber },
    environment: toUpstreamEnv(environment),
    prune: false,
    scopes,
    consentResources,
    accessLists,
  };
  return { organisation, document };
}
