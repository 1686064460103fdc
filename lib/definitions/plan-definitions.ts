import "server-only";
import { db, type TDb, type TTx } from "@/lib/platform/db/prisma";
import { AppError } from "@/lib/platform/errors/app-error";
import { toUpstreamEnv, type TEnvironment } from "@/lib/platform/environment";
import type { TDefinitionsDocument, TDefinitionsPlan } from "./definitions-schema";
import { planChanges } from "./plan-changes";
import { readPortalDefinitions, type TPortalDefinitions } from "./read-portal-definitions";

/**
 * A document names its organisation and environment, so one meant for another cannot be applied by mistake (a
 * production document sent to test, one agency's document to another's): refused, naming both.
 */
export function requireDocumentFor(
  portal: TPortalDefinitions,
  environment: TEnvironment,
  document: TDefinitionsDocument,
): void {
  if (document.organisation.orgNumber !== portal.organisation.orgNumber) {
    throw new AppError("VALIDATION", "definitionsOtherOrganisation", {
      values: { document: document.organisation.orgNumber, organisation: portal.organisation.orgNumber },
    });
  }
  if (document.environment !== toUpstreamEnv(environment)) {
    throw new AppError("VALIDATION", "definitionsOtherEnvironment", {
      values: { document: document.environment, environment: toUpstreamEnv(environment) },
    });
  }
}

/** The portal's state and the changes the document would make to it; planning writes nothing. */
export async function readPlan(input: {
  db: TDb | TTx;
  organisationId: string;
  environment: TEnvironment;
  document: TDefinitionsDocument;
}): Promise<TPortalDefinitions & TDefinitionsPlan> {
  const portal = await readPortalDefinitions(input);
  requireDocumentFor(portal, input.environment, input.document);
  return { ...portal, changes: planChanges(portal.document, input.document) };
}

/** What applying the document would change; a document equal to the export plans none. */
export async function planDefinitions(input: {
  organisationId: string;
  environment: TEnvironment;
  document: TDefinitionsDocument;
}): Promise<TDefinitionsPlan> {
  const { changes } = await readPlan({ db: db(), ...input });
  return { changes };
}
