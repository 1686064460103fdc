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
import { auditedAs } from "@/lib/platform/db/audited-as";
import type { TEnvironment } from "@/lib/platform/environment";

/** Editors and administrators publish (production also passes the production rule); the resource pages show it. */
const editors = {
  minimumRole: "EDITOR",
  revalidate: (input: { orgNumber: string; identifier: string }) => [
    `/orgs/${input.orgNumber}/resources`,
    `/orgs/${input.orgNumber}/resources/${input.identifier}/publishing`,
  ],
} as const;

const audited = auditedAs("consent-resource");
const environmentName = (environment: TEnvironment) => (environment === "TEST" ? "test" : "production");

export const publishConsentResourceAction = orgAction({
  name: "consent-resource.publish",
  schema: ZPublishConsentResource,
  ...editors,
  run: async ({ input, tx, organisation, role }) => {
    // Production reaches citizens: the one production rule (lib/platform/auth/production-rule.ts).
    requireProductionRole({ role, environment: input.environment });
    const { changeId } = await publishConsentResource({ tx, organisation, ...input });
    const summary = `Published version ${input.version} of ${input.identifier} to ${environmentName(input.environment)}`;
    return audited({ changeId }, input.identifier, summary);
  },
});

export const withdrawConsentResourceAction = orgAction({
  name: "consent-resource.withdraw",
  schema: ZWithdrawConsentResource,
  ...editors,
  run: async ({ input, tx, organisation, role }) => {
    // Production reaches citizens: the one production rule (lib/platform/auth/production-rule.ts).
    requireProductionRole({ role, environment: input.environment });
    const { changeId, version } = await withdrawConsentResource({ tx, organisation, ...input });
    const summary = `Withdrew ${input.identifier} (version ${version}) from ${environmentName(input.environment)}`;
    return audited({ changeId }, input.identifier, summary);
  },
});

export const deleteTestConsentResourceAction = orgAction({
  name: "consent-resource.delete-test",
  schema: ZDeleteTestConsentResource,
  ...editors,
  run: async ({ input, tx, organisation }) => {
    const { changeId } = await deleteTestConsentResource({ tx, organisation, identifier: input.identifier });
    return audited({ changeId }, input.identifier, `Deleted ${input.identifier} from test`);
  },
});
