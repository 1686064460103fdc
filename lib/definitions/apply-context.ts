import "server-only";
import type { TOrganisationSummary } from "@/lib/platform/auth/require-membership";
import type { TTx } from "@/lib/platform/db/prisma";
import { notFound } from "@/lib/platform/errors/app-error";
import type { TEnvironment } from "@/lib/platform/environment";
import type { TDocumentationLanguage } from "@/lib/documentation/documentation-languages";
import type { TDefinitionsDocument } from "./definitions-schema";

// What the apply steps share: the transaction and whom they act for, and the lookups from a document's keys (upstream
// identifiers) to the portal's rows, always within the organisation (and the environment, for scopes and lists).

export type TApplyContext = {
  tx: TTx;
  organisation: TOrganisationSummary;
  environment: TEnvironment;
  document: TDefinitionsDocument;
  actorId: string;
};

/** What a step did, for its audit event. */
export type TStepResult = { targetId: string | null; summary: string };

export type TApplyStep = {
  /** Steps run phase by phase (PHASES), so what a step needs exists and what it removes is no longer needed. */
  phase: number;
  /** The audit action name of the form that makes the same change. */
  action: string;
  targetType: string;
  run: (context: TApplyContext) => Promise<TStepResult>;
};

/**
 * Scopes before the resources that name them; resources, documentation and lists before their connections;
 * withdrawals before disconnecting (a published resource restricted to lists must keep one); publication after
 * connecting (a restricted resource needs a connected list); deletions last.
 */
export const PHASES = {
  scope: 1,
  resource: 2,
  documentation: 3,
  list: 4,
  members: 5,
  withdraw: 6,
  disconnect: 7,
  connect: 8,
  publish: 9,
  remove: 10,
} as const;

/** Every audit summary of an applied document says so. */
export const via = (text: string) => `${text} via definitions`;

function entry<T>(items: T[], key: (item: T) => string, wanted: string): T {
  const found = items.find((item) => key(item) === wanted);
  // The plan was made from this document, so a planned key is always in it.
  if (!found) throw new Error(`planned key ${wanted} is not in the document`);
  return found;
}

export const scopeEntry = (c: TApplyContext, subscope: string) => entry(c.document.scopes, (s) => s.subscope, subscope);
export const resourceEntry = (c: TApplyContext, identifier: string) =>
  entry(c.document.consentResources, (r) => r.identifier, identifier);
export const accessListEntry = (c: TApplyContext, identifier: string) =>
  entry(c.document.accessLists, (l) => l.identifier, identifier);

export async function findScopeId(c: TApplyContext, subscope: string): Promise<string> {
  const row = await c.tx.maskinportenScope.findFirst({
    where: { organisationId: c.organisation.id, environment: c.environment, subscope, active: true },
    select: { id: true },
  });
  if (!row) throw notFound("scopeNotFound");
  return row.id;
}

/** The organisation's resource with its latest version and its documentation's version per language, or null. */
export async function findResource(c: TApplyContext, identifier: string) {
  const row = await c.tx.consentResource.findFirst({
    where: { organisationId: c.organisation.id, identifier },
    select: {
      id: true,
      versions: { orderBy: { version: "desc" }, take: 1, select: { version: true } },
      documentation: { select: { language: true, version: true } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    latestVersion: row.versions[0]?.version ?? 0,
    /** Per language saved; a language not saved yet is at version 0. */
    documentationVersions: Object.fromEntries(row.documentation.map((d) => [d.language, d.version])) as Partial<
      Record<TDocumentationLanguage, number>
    >,
  };
}

export async function findAccessListId(c: TApplyContext, identifier: string): Promise<string> {
  const row = await c.tx.accessList.findFirst({
    where: { organisationId: c.organisation.id, environment: c.environment, identifier },
    select: { id: true },
  });
  if (!row) throw notFound("accessListNotFound");
  return row.id;
}
