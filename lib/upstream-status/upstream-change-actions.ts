"use server";

import { z } from "zod";
import { retryUpstreamChange } from "@/lib/platform/jobs/retry-upstream-change";
import { ZOrgNumber } from "@/lib/organisations/schemas";
import { orgAction, platformAction } from "@/lib/platform/actions/safe-action";
import { auditedAs } from "@/lib/platform/db/audited-as";
import { dismissUpstreamChange } from "./dismiss-upstream-change";

const ZRetry = z.object({ changeId: z.uuid({ message: "invalid" }) });

/** Queues the failed change again and records it: one step behind both actions, which differ in who may ask. */
async function retry(options: Parameters<typeof retryUpstreamChange>[0]) {
  const change = await retryUpstreamChange(options);
  return auditedAs("upstream-change")(null, options.changeId, `Retried ${change.kind} for ${change.targetId}`);
}

/** An editor or admin of the organisation queues its failed change again. */
export const retryUpstreamChangeAction = orgAction({
  name: "upstream-change.retry",
  schema: ZRetry.extend({ orgNumber: ZOrgNumber }),
  minimumRole: "EDITOR",
  run: ({ input, tx, organisation, role }) =>
    retry({ tx, changeId: input.changeId, organisationId: organisation.id, role }),
});

/** A platform administrator queues any failed change again (from the upstream status page). */
export const retryAnyUpstreamChangeAction = platformAction({
  name: "upstream-change.retry",
  schema: ZRetry,
  revalidate: () => ["/admin/upstream"],
  run: ({ input, tx }) => retry({ tx, changeId: input.changeId, organisationId: null, role: null }),
});

/** An editor or admin clears a failed change that a newer change to the same object has made moot. */
export const dismissUpstreamChangeAction = orgAction({
  name: "upstream-change.dismiss",
  schema: ZRetry.extend({ orgNumber: ZOrgNumber }),
  minimumRole: "EDITOR",
  run: async ({ input, tx, organisation, role }) => {
    const change = await dismissUpstreamChange({ tx, changeId: input.changeId, organisationId: organisation.id, role });
    return auditedAs("upstream-change")(
      null,
      input.changeId,
      `Dismissed failed ${change.kind} for ${change.targetId}: replaced by ${change.supersededById}`,
    );
  },
});
