"use server";

import { registerOrganisation } from "@/lib/organisations/register-organisation";
import { ZRegisterOrganisation } from "@/lib/organisations/schemas";
import { maskNationalIdentityNumber as mask } from "@/lib/platform/validation/mask-national-identity-number";
import { platformAction } from "@/lib/platform/actions/safe-action";
import { auditedAs } from "@/lib/platform/db/audited-as";

export const registerOrganisationAction = platformAction({
  name: "organisation.register",
  schema: ZRegisterOrganisation,
  revalidate: () => ["/admin"],
  run: async ({ input, tx }) => {
    const { organisationId } = await registerOrganisation({ tx, ...input });
    const summary = `Registered ${input.name} (${input.orgNumber}) with first administrator ${mask(input.firstAdminNationalIdentityNumber)}`;
    return auditedAs("organisation")({ orgNumber: input.orgNumber }, organisationId, summary, organisationId);
  },
});
