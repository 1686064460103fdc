import "server-only";
import { withPrismaErrors } from "@/lib/platform/db/map-prisma-error";
import type { TTx } from "@/lib/platform/db/prisma";
import { AppError, conflict, notFound } from "@/lib/platform/errors/app-error";
import type { TDefinitionProblem } from "./definition-problems";
import { listOrganisationScopeNames } from "./list-organisation-scope-names";
import { loadDefinitionProblems } from "./load-definition-problems";
import type { TConsentResourceDefinition } from "./resource-definition-schema";
import { DEFINITION_FIELD_PREFIX } from "./schemas";

const fieldError = (field: string, message: string) =>
  new AppError("VALIDATION", "validation", { fieldErrors: { [`${DEFINITION_FIELD_PREFIX}${field}`]: [message] } });

// Two resources with one identifier: the same field error whether the check above or the unique key caught it.
const identifierTaken = (identifier: string) => () => fieldError("identifier", `identifierTaken|${identifier}`);

/**
 * Saves a draft as the next version of a consent resource (creating the resource for version 1).
 * Never publishes. The identifier is unique in the portal (as in the registry) and fixed once any
 * environment has had the resource, because the registry cannot rename it. Warnings (`definitionProblems`, the
 * template checked against Altinn's catalogue) never stop the save: they are returned, and block publishing.
 */
export async function saveConsentResourceVersion(options: {
  tx: TTx;
  organisationId: string;
  userId: string;
  resourceId?: string;
  baseVersion?: number;
  definition: TConsentResourceDefinition;
  /** The owner's Altinn org code: some consent templates are restricted to named owners. */
  ownerOrgCode: string | null;
}): Promise<{ resourceId: string; identifier: string; version: number; problems: TDefinitionProblem[] }> {
  const { tx, organisationId, definition } = options;
  const known = new Set(await listOrganisationScopeNames({ db: tx, organisationId }));
  definition.scopeReferences.forEach((scope, index) => {
    if (!known.has(scope)) throw fieldError(`scopeReferences.${index}`, `scopeReferenceUnknown|${scope}`);
  });
  const clash = await tx.consentResource.findUnique({
    where: { identifier: definition.identifier },
    select: { id: true },
  });
  if (clash && clash.id !== options.resourceId) throw identifierTaken(definition.identifier)();

  let resourceId = options.resourceId;
  let latestVersion = 0;
  if (resourceId) {
    const resource = await tx.consentResource.findFirst({
      where: { id: resourceId, organisationId },
      select: {
        identifier: true,
        versions: { orderBy: { version: "desc" }, take: 1, select: { version: true } },
        _count: { select: { publications: true } },
      },
    });
    if (!resource) throw notFound("consentResourceNotFound");
    latestVersion = resource.versions[0]?.version ?? 0;
    if (options.baseVersion !== undefined && options.baseVersion !== latestVersion) {
      throw conflict("consentResourceStale", { version: latestVersion });
    }
    if (resource.identifier !== definition.identifier) {
      if (resource._count.publications > 0)
        throw fieldError("identifier", `identifierImmutable|${resource.identifier}`);
      await withPrismaErrors(
        () => tx.consentResource.update({ where: { id: resourceId }, data: { identifier: definition.identifier } }),
        { uniqueViolation: identifierTaken(definition.identifier) },
      );
    } else {
      // Touch, so lists sorted by change see the new version.
      await tx.consentResource.update({ where: { id: resourceId }, data: { updatedAt: new Date() } });
    }
  } else {
    const created = await withPrismaErrors(
      () =>
        tx.consentResource.create({
          data: { organisationId, identifier: definition.identifier },
          select: { id: true },
        }),
      { uniqueViolation: identifierTaken(definition.identifier) },
    );
    resourceId = created.id;
  }
  const version = latestVersion + 1;
  // Two saves from the same version both read it before either committed (the checks above cannot see an uncommitted
  // save): the unique key (resourceId, version) lets one write it and refuses the other, which is this conflict. The
  // winner's version is the one this save meant to write.
  await withPrismaErrors(
    () =>
      tx.consentResourceVersion.create({
        data: { resourceId, version, content: definition, createdById: options.userId },
      }),
    { uniqueViolation: () => conflict("consentResourceStale", { version }) },
  );
  // The catalogue is cached (the editor page read it moments ago), so this rarely waits on the network.
  const { problems } = await loadDefinitionProblems({ definition, ownerOrgCode: options.ownerOrgCode });
  return { resourceId, identifier: definition.identifier, version, problems };
}
