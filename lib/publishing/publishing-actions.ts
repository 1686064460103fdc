"use server";

import { changeResourceStatus } from "@/lib/lifecycle/change-resource-status";
import { ZChangeResourceStatus } from "@/lib/lifecycle/schemas";
import { requireProductionRole } from "@/lib/platform/auth/production-rule";
import { deleteTestConsentResource } from "@/lib/publishing/delete-test-consent-resource";
import { publishConsentResource } from "@/lib/publishing/publish-consent-resource";
import {
  ZDeleteTestConsentResource,
  ZPublishConsentResource,
  ZWithdrawConsentResource,
} from "@/lib/publishing/schemas";
import { withdrawConsentResource } from "@/lib/publishing/withdraw-consent-resource";
import { orgAction } from "@/lib/platform/actions/safe-action";
import { auditedAs } from "@/lib/platform/db/audited-as";
import type { TEnvironment } from "@/lib/platform/environment";

/**
 * Editors and administrators publish and change the status (production also passes the production rule); the resource
 * pages show it, the versions page its history.
 */
const editors = {
  minimumRole: "EDITOR",
  revalidate: (input: { orgNumber: string; identifier: string }) => [
    `/orgs/${input.orgNumber}/resources`,
    `/orgs/${input.orgNumber}/resources/${input.identifier}/publishing`,
    `/orgs/${input.orgNumber}/resources/${input.identifier}/versions`,
  ],
} as const;

const audited = auditedAs("consent-resource");
const environmentName = (environment: TEnvironment) => (environment === "TEST" ? "test" : "production");

export const publishConsentResourceAction = orgAction({
  name: "consent-resource.publish",
  schema: ZPublishConsentResource,
  ...editors,
  run: async ({ input, tx, organisation, role, user }) => {
    // Production reaches citizens: the one production rule (lib/platform/auth/production-rule.ts).
    requireProductionRole({ role, environment: input.environment });
    const { changeId } = await publishConsentResource({ tx, organisation, ...input, actorId: user.id });
    const summary = `Published version ${input.version} of ${input.identifier} to ${environmentName(input.environment)}`;
    return audited({ changeId }, input.identifier, summary);
  },
});

export const withdrawConsentResourceAction = orgAction({
  name: "consent-resource.withdraw",
  schema: ZWithdrawConsentResource,
  ...editors,
  run: async ({ input, tx, organisation, role, user }) => {
    // Production reaches citizens: the one production rule (lib/platform/auth/production-rule.ts).
    requireProductionRole({ role, environment: input.environment });
    const { changeId, version } = await withdrawConsentResource({ tx, organisation, ...input, actorId: user.id });
    const summary = `Withdrew ${input.identifier} (version ${version}) from ${environmentName(input.environment)}`;
    return audited({ changeId }, input.identifier, summary);
  },
});

export const deleteTestConsentResourceAction = orgAction({
  name: "consent-resource.delete-test",
  schema: ZDeleteTestConsentResource,
  ...editors,
  run: async ({ input, tx, organisation, user }) => {
    const identifier = input.identifier;
    const { changeId } = await deleteTestConsentResource({ tx, organisation, identifier, actorId: user.id });
    return audited({ changeId }, input.identifier, `Deleted ${input.identifier} from test`);
  },
});

/** A status change (lib/lifecycle): a new version, published again where the resource is; production's rule inside. */
export const changeResourceStatusAction = orgAction({
  name: "consent-resource.status",
  schema: ZChangeResourceStatus,
  ...editors,
  run: async ({ input, tx, organisation, role, user }) => {
    const result = await changeResourceStatus({ tx, organisation, role, userId: user.id, ...input });
    const where = result.environments.map(environmentName).join(" and ");
    const summary =
      `Changed the status of ${input.identifier} from ${result.from} to ${input.status} (version ${result.version})` +
      (where ? `, published to ${where}` : "");
    return audited(result, input.identifier, summary);
  },
});
