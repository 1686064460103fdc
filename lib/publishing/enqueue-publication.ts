import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { enqueueUpstreamChange } from "@/lib/upstream-jobs/enqueue-upstream-change";
import type { TOrganisationSummary } from "@/lib/platform/auth/require-membership";
import { resourceOwner } from "./load-resource-for-publishing";
import { RESOURCE_TARGET_TYPE, type TPublishPayload } from "./publication-payload";
import type { TEnvironment } from "@/lib/platform/environment";

/**
 * Queues the `registry.resource.publish` change of a version, in the caller's transaction: the one path for a first
 * publication and for a policy update after the connected access lists changed.
 */
export function enqueuePublication(options: {
  tx: TTx;
  organisation: Pick<TOrganisationSummary, "id" | "orgNumber" | "name" | "orgCode">;
  environment: TEnvironment;
  identifier: string;
  version: number;
  definition: TPublishPayload["definition"];
}): Promise<{ changeId: string }> {
  const { tx, organisation, environment, identifier, version, definition } = options;
  const payload: TPublishPayload = {
    actingFor: organisation.orgNumber,
    owner: resourceOwner(organisation),
    version,
    definition,
  };
  return enqueueUpstreamChange({
    tx,
    organisationId: organisation.id,
    environment,
    kind: "registry.resource.publish",
    targetType: RESOURCE_TARGET_TYPE,
    targetId: identifier,
    payload,
  });
}
