"use server";

import { z } from "zod";
import { retryUpstreamChange } from "@/lib/platform/jobs/retry-upstream-change";
import { ZOrgNumber } from "@/lib/organisations/schemas";
import { orgAction, platformAction } from "@/lib/platform/actions/safe-action";

const ZRetry = z.object({ changeId: z.uuid({ message: "invalid" }) });

/** An editor or admin of the organisation queues its failed change again. */
export const retryUpstreamChangeAction = orgAction({
  name: "upstream-change.retry",
  schema: ZRetry.extend({ orgNumber: ZOrgNumber }),
  minimumRole: "EDITOR",
  run: async ({ input, tx, organisation, role }) => {
    const change = await retryUpstreamChange({ tx, changeId: input.changeId, organisationId: organisation.id, role });
    return {
      data: null,
      audit: {
        targetType: "upstream-change",
        targetId: input.changeId,
        summary: `Retried ${change.kind} for ${change.targetId}`,
      },
    };
  },
});

/** A platform administrator queues any failed change again (from the upstream status page). */
export const retryAnyUpstreamChangeAction = platformAction({
  name: "upstream-change.retry",
  schema: ZRetry,
  revalidate: () => ["/admin/upstream"],
  run: async ({ input, tx }) => {
    const change = await retryUpstreamChange({ tx, changeId: input.changeId, organisationId: null, role: null });
    return {
      data: null,
      audit: {
        targetType: "upstream-change",
        targetId: input.changeId,
        summary: `Retried ${change.kind} for ${change.targetId}`,
      },
    };
  },
});
