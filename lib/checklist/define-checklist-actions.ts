import "server-only";
import type { createActionClient } from "@/lib/actions/action-client";
import { attestConnection } from "./attest-connection";
import { ZAttestConnection } from "./schemas";

// Defined against any action client (lib/actions/checklist-actions.ts binds the portal's; tests their own).

type TActionClient = ReturnType<typeof createActionClient>;

export function defineChecklistActions(orgAction: TActionClient["orgAction"]) {
  return {
    /** Only an administrator can speak for the organisation about terms it has accepted. */
    attest: orgAction({
      name: "checklist.attest-connection",
      schema: ZAttestConnection,
      minimumRole: "ADMIN",
      revalidate: (input) => [`/orgs/${input.orgNumber}/checklist`, "/admin/consumers"],
      run: async ({ input, tx, organisation, user }) => {
        const environment = input.environment === "test" ? "TEST" : "PROD";
        const row = await attestConnection({ tx, organisationId: organisation.id, environment, termsVersion: input.termsVersion, attestedById: user.id });
        return {
          data: { attestationId: row.id },
          audit: {
            targetType: "connection-attestation",
            targetId: row.id,
            summary: `Attested the Maskinporten connection (terms ${input.termsVersion}) in ${input.environment}`,
          },
        };
      },
    }),
  };
}
