"use server";

import { registerOrganisation } from "@/lib/organisations/register-organisation";
import { ZRegisterOrganisation } from "@/lib/organisations/schemas";
import { maskNationalIdentityNumber as mask } from "@/lib/platform/validation/mask-national-identity-number";
import { platformAction } from "@/lib/platform/actions/safe-action";

export const registerOrganisationAction = platformAction({
  name: "organisation.register",
  schema: ZRegisterOrganisation,
  revalidate: () => ["/admin"],
  run: async ({ input, tx }) => {
    const { organisationId } = await registerOrganisation({ tx, ...input });
    return {
      data: { orgNumber: input.orgNumber },
      audit: {
        organisationId,
        targetType: "organisation",
        targetId: organisationId,
        summary: `Registered ${input.name} (${input.orgNumber}) with first administrator ${mask(input.firstAdminNationalIdentityNumber)}`,
      },
    };
  },
});
