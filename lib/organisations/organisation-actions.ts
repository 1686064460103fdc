"use server";

import { registerOrganisation } from "@/lib/organisations/register-organisation";
import { ZRegisterOrganisation } from "@/lib/organisations/schemas";
import { maskNationalIdentityNumber as mask } from "@/lib/platform/validation/mask-national-identity-number";
import { platformAction } from "@/lib/platform/actions/safe-action";
import { auditedAs } from "@/lib/platform/db/audited-as";
import { env } from "@/lib/platform/config/env";
import { forbidden } from "@/lib/platform/errors/app-error";

export const registerOrganisationAction = platformAction({
  name: "organisation.register",
  schema: ZRegisterOrganisation,
  revalidate: () => ["/admin"],
  run: async ({ input, tx }) => {
    // With Ansattporten, who may act for an organisation is Altinn's word: the organisation is set up by the first
    // login of a person holding the portal's admin right for it (lib/platform/auth/record-login.ts), never here.
    if (env().LOGIN_PROVIDER === "ansattporten") throw forbidden("organisationsComeFromAltinn");
    const { organisationId } = await registerOrganisation({ tx, ...input });
    const summary = `Registered ${input.name} (${input.orgNumber}) with first administrator ${mask(input.firstAdminNationalIdentityNumber)}`;
    return auditedAs("organisation")({ orgNumber: input.orgNumber }, organisationId, summary, organisationId);
  },
});
