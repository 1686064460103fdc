import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { conflict } from "@/lib/platform/errors/app-error";
import { enqueueUpstreamChange } from "@/lib/upstream-jobs/enqueue-upstream-change";
import type { TOrganisationSummary } from "@/lib/platform/auth/require-membership";
import { loadResourceForPublishing, resourceOwner } from "./load-resource-for-publishing";
import { RESOURCE_TARGET_TYPE, type TPublishPayload } from "./publication-payload";
import type { TEnvironment } from "@/lib/platform/environment";

/** Withdraws the published version (status Withdrawn in the registry); allowed in test and prod. */
export async function withdrawConsentResource(options: {
  tx: TTx;
  organisation: TOrganisationSummary;
  identifier: string;
  environment: TEnvironment;
}): Promise<{ changeId: string; version: number }> {
  const { tx, organisation, identifier, environment } = options;
  const owner = resourceOwner(organisation);
  const resource = await loadResourceForPublishing(tx, organisation.id, identifier);
  const publication = resource.publications.find((p) => p.environment === environment);
  if (publication?.state !== "PUBLISHED") throw conflict("notPublished");
  await tx.consentResourcePublication.update({ where: { id: publication.id }, data: { state: "WITHDRAWN" } });
  const payload: TPublishPayload = {
    actingFor: organisation.orgNumber,
    owner,
    version: publication.version.version,
    definition: publication.version.content as unknown as TPublishPayload["definition"],
  };
  const { changeId } = await enqueueUpstreamChange({
    tx,
    organisationId: organisation.id,
    environment,
    kind: "registry.resource.withdraw",
    targetType: RESOURCE_TARGET_TYPE,
    targetId: identifier,
    payload,
  });
  return { changeId, version: publication.version.version };
}
