"use server";

import { orgAction } from "@/lib/platform/actions/safe-action";
import { auditedAs } from "@/lib/platform/db/audited-as";
import { ZStartIntegrationTest } from "./schemas";
import { startIntegrationTest } from "./start-integration-test";

// The integration kit's one change: "Try it in test" creates a consent request in Altinn's test environment.

/** Creates a real consent request in the test environment, for the organisation: editors and administrators. */
export const startIntegrationTestAction = orgAction({
  name: "integration-test.start",
  schema: ZStartIntegrationTest,
  minimumRole: "EDITOR",
  revalidate: (input) => [`/orgs/${input.orgNumber}/integration`, `/orgs/${input.orgNumber}/checklist`],
  run: async ({ input, tx, organisation, user }) => {
    const { testId, changeId } = await startIntegrationTest({ tx, organisation, userId: user.id, input });
    const summary = `Started a test consent request for ${input.resourceIdentifier} in test`;
    return auditedAs("integration-test")({ testId, changeId }, testId, summary);
  },
});
