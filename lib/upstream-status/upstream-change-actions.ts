"use server";

import { z } from "zod";
import { retryUpstreamChange } from "@/lib/platform/jobs/retry-upstream-change";
import { ZOrgNumber } from "@/lib/organisations/schemas";
import { orgAction, platformAction } from "@/lib/platform/actions/safe-action";
import { auditedAs } from "@/lib/platform/db/audited-as";

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
