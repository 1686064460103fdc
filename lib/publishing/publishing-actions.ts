"use server";

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
import type { TEnvironment } from "@/lib/platform/environment";

const publishingPath = (input: { orgNumber: string; identifier: string }) => [
  `/orgs/${input.orgNumber}/resources`,
  `/orgs/${input.orgNumber}/resources/${input.identifier}/publishing`,
];

const environmentName = (environment: TEnvironment) => (environment === "TEST" ? "test" : "production");

export const publishConsentResourceAction = orgAction({
  name: "consent-resource.publish",
  schema: ZPublishConsentResource,
  minimumRole: "EDITOR",
  revalidate: publishingPath,
  run: async ({ input, tx, organisation, role }) => {
    // Production reaches citizens: the one production rule (lib/platform/auth/production-rule.ts).
    requireProductionRole({ role, environment: input.environment });
    const { changeId } = await publishConsentResource({ tx, organisation, ...input });
    return {
      data: { changeId },
      audit: {
        targetType: "consent-resource",
        targetId: input.identifier,
        summary: `Published version ${input.version} of ${input.identifier} to ${environmentName(input.environment)}`,
      },
    };
  },
});

export const withdrawConsentResourceAction = orgAction({
  name: "consent-resource.withdraw",
  schema: ZWithdrawConsentResource,
  minimumRole: "EDITOR",
  revalidate: publishingPath,
  run: async ({ input, tx, organisation, role }) => {
    // Production reaches citizens: the one production rule (lib/platform/auth/production-rule.ts).
    requireProductionRole({ role, environment: input.environment });
    const { changeId, version } = await withdrawConsentResource({ tx, organisation, ...input });
    return {
      data: { changeId },
      audit: {
        targetType: "consent-resource",
        targetId: input.identifier,
        summary: `Withdrew ${input.identifier} (version ${version}) from ${environmentName(input.environment)}`,
      },
    };
  },
});

export const deleteTestConsentResourceAction = orgAction({
  name: "consent-resource.delete-test",
  schema: ZDeleteTestConsentResource,
  minimumRole: "EDITOR",
  revalidate: publishingPath,
  run: async ({ input, tx, organisation }) => {
    const { changeId } = await deleteTestConsentResource({ tx, organisation, identifier: input.identifier });
    return {
      data: { changeId },
      audit: {
        targetType: "consent-resource",
        targetId: input.identifier,
        summary: `Deleted ${input.identifier} from test`,
      },
    };
  },
});
