"use server";

import { orgAction } from "@/lib/platform/actions/safe-action";
import { auditedAs } from "@/lib/platform/db/audited-as";
import { fromUpstreamEnv } from "@/lib/platform/environment";
import { attestConnection } from "./attest-connection";
import { ZAttestConnection } from "./schemas";

// The consumer checklist's one change: an administrator attests the Maskinporten connection.

/** Only an administrator can speak for the organisation about terms it has accepted. */
export const attestConnectionAction = orgAction({
  name: "checklist.attest-connection",
  schema: ZAttestConnection,
  minimumRole: "ADMIN",
  revalidate: (input) => [`/orgs/${input.orgNumber}/checklist`, "/admin/consumers"],
  run: async ({ input, tx, organisation, user }) => {
    const environment = fromUpstreamEnv(input.environment);
    const row = await attestConnection({
      tx,
      organisationId: organisation.id,
      environment,
      termsVersion: input.termsVersion,
      attestedById: user.id,
    });
    const summary = `Attested the Maskinporten connection (terms ${input.termsVersion}) in ${input.environment}`;
    return auditedAs("connection-attestation")({ attestationId: row.id }, row.id, summary);
  },
});
