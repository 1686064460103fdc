import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { conflict } from "@/lib/platform/errors/app-error";
import { enqueueUpstreamChange } from "@/lib/upstream-jobs/enqueue-upstream-change";
import type { TOrganisationSummary } from "@/lib/platform/auth/require-membership";
import { loadResourceForPublishing, resourceOwner } from "./load-resource-for-publishing";
import { RESOURCE_TARGET_TYPE, type TDeletePayload } from "./publication-payload";
import { recordResourceEvent } from "./record-resource-event";

/**
 * Deletes the resource from the test registry. Never in production: Altinn's registry refuses a DELETE there with 403
 * "Delete operation is not allowed in {env} environment" (Altinn/altinn-resource-registry,
 * src/Altinn.ResourceRegistry/Controllers/ResourceController.cs, `EnvironmentAllowsDeletingOfResources`: only local
 * development, AT, YT, TT and TEST), as consents given in production refer to the resource; it is withdrawn instead.
 */
export async function deleteTestConsentResource(options: {
  tx: TTx;
  organisation: TOrganisationSummary;
  identifier: string;
  /** Who deletes, for the resource's history. */
  actorId?: string | null;
}): Promise<{ changeId: string }> {
  const { tx, organisation, identifier } = options;
  resourceOwner(organisation);
  const resource = await loadResourceForPublishing(tx, organisation.id, identifier);
  const publication = resource.publications.find((p) => p.environment === "TEST");
  if (!publication || publication.state === "DELETED") throw conflict("notPublished");
  await tx.consentResourcePublication.update({ where: { id: publication.id }, data: { state: "DELETED" } });
  const payload: TDeletePayload = { actingFor: organisation.orgNumber, identifier };
  const queued = await enqueueUpstreamChange({
    tx,
    organisationId: organisation.id,
    environment: "TEST",
    kind: "registry.resource.delete",
    targetType: RESOURCE_TARGET_TYPE,
    targetId: identifier,
    payload,
  });
  await recordResourceEvent(tx, {
    resourceId: resource.id,
    environment: "TEST",
    kind: "DELETED",
    version: publication.version.version,
    status: null,
    actorId: options.actorId,
    upstreamChangeId: queued.changeId,
  });
  return queued;
}
