import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { enqueueUpstreamChange } from "@/lib/upstream-jobs/enqueue-upstream-change";
import type { TOrganisationSummary } from "@/lib/platform/auth/require-membership";
import { resourceOwner } from "./load-resource-for-publishing";
import { RESOURCE_TARGET_TYPE, type TPublishPayload } from "./publication-payload";
import { recordResourceEvent, type TResourceEventKind } from "./record-resource-event";
import type { TEnvironment } from "@/lib/platform/environment";

/**
 * Queues the `registry.resource.publish` change of a version, in the caller's transaction: the one path for a first
 * publication, a policy update after the connected access lists changed, and a status change (lib/lifecycle). With
 * `withdraw`, the `registry.resource.withdraw` change of that version instead (status Withdrawn in the registry).
 */
export async function enqueuePublication(options: {
  tx: TTx;
  organisation: Pick<TOrganisationSummary, "id" | "orgNumber" | "name" | "orgCode">;
  environment: TEnvironment;
  identifier: string;
  version: number;
  definition: TPublishPayload["definition"];
  withdraw?: boolean;
  /** The resource's history line for this change (record-resource-event.ts): the kind, and who acted. */
  history?: { resourceId: string; kind: TResourceEventKind; actorId?: string | null };
}): Promise<{ changeId: string }> {
  const { tx, organisation, environment, identifier, version, definition } = options;
  const payload: TPublishPayload = {
    actingFor: organisation.orgNumber,
    owner: resourceOwner(organisation),
    version,
    definition,
  };
  const queued = await enqueueUpstreamChange({
    tx,
    organisationId: organisation.id,
    environment,
    kind: options.withdraw ? "registry.resource.withdraw" : "registry.resource.publish",
    targetType: RESOURCE_TARGET_TYPE,
    targetId: identifier,
    payload,
  });
  if (options.history)
    await recordResourceEvent(tx, {
      ...options.history,
      environment,
      version,
      status: options.withdraw ? "Withdrawn" : definition.status,
      upstreamChangeId: queued.changeId,
    });
  return queued;
}
