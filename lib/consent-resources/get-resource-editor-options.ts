import "server-only";
import { loadConsentTemplates } from "@/lib/consent-templates/consent-templates-client";
import { db } from "@/lib/platform/db/prisma";
import { listOrganisationScopeNames } from "./list-organisation-scope-names";

/**
 * What the resource editor offers besides the definition: the organisation's scope names, and Altinn's consent
 * template catalogue (null when it could not be read; `stale` when it is the last good copy).
 */
export async function getResourceEditorOptions(options: { organisationId: string }) {
  const [scopeNames, catalogue] = await Promise.all([
    listOrganisationScopeNames({ db: db(), organisationId: options.organisationId }),
    loadConsentTemplates(),
  ]);
  return { scopeNames, catalogue: catalogue && { templates: catalogue.templates, stale: catalogue.stale } };
}
