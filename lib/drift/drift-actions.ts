"use server";

import { orgAction } from "@/lib/platform/actions/safe-action";
import { auditedAs } from "@/lib/platform/db/audited-as";
import { fromUpstreamEnv, toUpstreamEnv } from "@/lib/platform/environment";
import { senderBoss } from "@/lib/platform/jobs/sender-boss";
import { CHECK_NOW_PRIORITY, sendDriftCheckJob } from "./drift-queue";
import { resolveFinding } from "./resolve-finding";
import { ZCheckDrift, ZResolveDrift } from "./schemas";

// The drift page's actions: "Check now" (the worker runs the check within seconds) and resolving one finding.

const audited = auditedAs("drift-finding");
const revalidate = (input: { orgNumber: string }) => [`/orgs/${input.orgNumber}/sync/drift`];

export const checkDriftAction = orgAction({
  name: "drift.check",
  schema: ZCheckDrift,
  minimumRole: "VIEWER",
  revalidate,
  run: async ({ input, tx, organisation }) => {
    const environment = fromUpstreamEnv(input.environment);
    const requestedAt = new Date();
    await tx.driftCheck.upsert({
      where: { organisationId_environment: { organisationId: organisation.id, environment } },
      create: { organisationId: organisation.id, environment, requestedAt },
      update: { requestedAt },
    });
    await sendDriftCheckJob(
      await senderBoss(),
      { organisationId: organisation.id, environment },
      { priority: CHECK_NOW_PRIORITY },
    );
    return audited({ queued: true }, null, `Asked for a drift check in ${input.environment} now`);
  },
});

/** Administrators only; production also under the production rule (step-up), checked against the finding's environment. */
export const resolveDriftAction = orgAction({
  name: "drift.resolve",
  schema: ZResolveDrift,
  minimumRole: "ADMIN",
  revalidate,
  run: async ({ input, tx, organisation, role, user }) => {
    const finding = await resolveFinding({
      tx,
      organisation,
      role,
      userId: user.id,
      findingId: input.findingId,
      resolution: input.resolution,
    });
    const how = input.resolution === "push-portal" ? "Pushed the portal's version of" : "Took upstream's version of";
    return audited(
      { resolution: input.resolution },
      finding.id,
      `${how} ${finding.objectType} ${finding.label} in ${toUpstreamEnv(finding.environment)}`,
    );
  },
});
