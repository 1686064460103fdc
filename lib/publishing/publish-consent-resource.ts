import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { consentTextProblems } from "@/lib/consent-resources/definition-problems";
import { conflict, notFound } from "@/lib/platform/errors/app-error";
import type { TOrganisationSummary } from "@/lib/platform/auth/require-membership";
import { connectedAccessLists } from "./connected-access-lists";
import { enqueuePublication } from "./enqueue-publication";
import { latestRegistryChanges } from "./latest-registry-changes";
import { loadResourceForPublishing, resourceOwner } from "./load-resource-for-publishing";
import { lockConsentResource } from "./lock-consent-resource";
import type { TPublishPayload } from "./publication-payload";
import type { TEnvironment } from "@/lib/platform/environment";

/**
 * Publishes a saved version to an environment through an upstream change. Production only takes a
 * version that test has confirmed (that version or a later one, synced): what citizens see in
 * production must first have been seen, and accepted by the registry, in test. A version restricted to access
 * lists needs at least one list connected in that environment: its policy names them (build-consent-policy.ts).
 */
export async function publishConsentResource(options: {
  tx: TTx;
  organisation: TOrganisationSummary;
  identifier: string;
  version: number;
  environment: TEnvironment;
  /** Who publishes, for the resource's history. */
  actorId?: string | null;
}): Promise<{ changeId: string }> {
  const { tx, organisation, identifier, version, environment } = options;
  resourceOwner(organisation); // only service owners (with an org code) publish: refused before anything is read
  const resource = await loadResourceForPublishing(tx, organisation.id, identifier);
  const chosen = await tx.consentResourceVersion.findUnique({
    where: { resourceId_version: { resourceId: resource.id, version } },
    select: { id: true, content: true },
  });
  if (!chosen) throw notFound("consentResourceVersionNotFound");
  const definition = chosen.content as unknown as TPublishPayload["definition"];

  // The editor keeps inconsistent definitions (nothing saved is lost), but a consent text that names undeclared
  // metadata, or declares keys it never shows, would put a request before a person that Altinn cannot fill in: such a
  // version is not published until its problems are fixed. Other warnings (contact category, party types) do not block.
  const textProblems = consentTextProblems(definition);
  if (textProblems.length > 0) throw conflict("consentTextProblems", { count: textProblems.length });

  // Locked first, so an unlink of the last list cannot commit between this check and the publication.
  await lockConsentResource(tx, resource.id);
  if (definition.accessListMode === "Enabled") {
    const lists = await connectedAccessLists({
      db: tx,
      ownerOrgNumber: organisation.orgNumber,
      resourceIdentifier: identifier,
      environment,
    });
    if (lists.length === 0) throw conflict("accessListRequired", { environment });
  }

  if (environment === "PROD") {
    const test = resource.publications.find((p) => p.environment === "TEST");
    const testSync = (await latestRegistryChanges({ db: tx, organisationId: organisation.id, identifier })).TEST;
    const inTest = test?.state === "PUBLISHED" && test.version.version >= version && testSync?.status === "SYNCED";
    if (!inTest) throw conflict("prodNeedsTest", { version });
  }

  await tx.consentResourcePublication.upsert({
    where: { resourceId_environment: { resourceId: resource.id, environment } },
    create: { resourceId: resource.id, environment, versionId: chosen.id, state: "PUBLISHED" },
    update: { versionId: chosen.id, state: "PUBLISHED", publishedAt: new Date() },
  });
  return enqueuePublication({
    tx,
    organisation,
    environment,
    identifier,
    version,
    definition,
    history: { resourceId: resource.id, kind: "PUBLISHED", actorId: options.actorId },
  });
}
