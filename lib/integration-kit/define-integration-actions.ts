import "server-only";
import type { createActionClient } from "@/lib/actions/action-client";
import { ZStartIntegrationTest } from "./schemas";
import { startIntegrationTest } from "./start-integration-test";

// Defined against any action client (lib/actions/integration-actions.ts binds the portal's; tests their own).

type TActionClient = ReturnType<typeof createActionClient>;

export function defineIntegrationActions(orgAction: TActionClient["orgAction"]) {
  return {
    /** Creates a real consent request in the test environment, for the organisation: editors and administrators. */
    start: orgAction({
      name: "integration-test.start",
      schema: ZStartIntegrationTest,
      minimumRole: "EDITOR",
      revalidate: (input) => [`/orgs/${input.orgNumber}/integration`, `/orgs/${input.orgNumber}/checklist`],
      run: async ({ input, tx, organisation, user }) => {
        const { testId, changeId } = await startIntegrationTest({ tx, organisation, userId: user.id, input });
        return {
          data: { testId, changeId },
          audit: {
            targetType: "integration-test",
            targetId: testId,
            summary: `Started a test consent request for ${input.resourceIdentifier} in test`,
          },
        };
      },
    }),
  };
}
