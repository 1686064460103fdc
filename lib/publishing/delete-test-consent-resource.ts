import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { conflict } from "@/lib/platform/errors/app-error";
import { enqueueUpstreamChange } from "@/lib/upstream-jobs/enqueue-upstream-change";
import type { TOrganisationSummary } from "@/lib/platform/auth/require-membership";
import { loadResourceForPublishing, resourceOwner } from "./load-resource-for-publishing";
import { RESOURCE_TARGET_TYPE, type TDeletePayload } from "./publication-payload";

/**
 * Deletes the resource from the test registry. Production resources are only withdrawn: given
 * consents refer to them, and the real registry's tooling cannot delete them either.
 */
export async function deleteTestConsentResource(options: {
  tx: TTx;
  organisation: TOrganisationSummary;
  identifier: string;
}): Promise<{ changeId: string }> {
  const { tx, organisation, identifier } = options;
  resourceOwner(organisation);
  const resource = await loadResourceForPublishing(tx, organisation.id, identifier);
  const publication = resource.publications.find((p) => p.environment === "TEST");
  if (!publication || publication.state === "DELETED") throw conflict("notPublished");
  await tx.consentResourcePublication.update({ where: { id: publication.id }, data: { state: "DELETED" } });
  const payload: TDeletePayload = { actingFor: organisation.orgNumber, identifier };
  return enqueueUpstreamChange({
    tx,
    organisationId: organisation.id,
    environment: "TEST",
    kind: "registry.resource.delete",
    targetType: RESOURCE_TARGET_TYPE,
    targetId: identifier,
    payload,
  });
}
