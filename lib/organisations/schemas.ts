import { z } from "zod";
import { ZEnvironmentParam } from "@/lib/platform/environment";
import { isValidNationalIdentityNumber } from "@/lib/platform/validation/national-identity-number";
import { isValidOrganisationNumber } from "@/lib/platform/validation/organisation-number";
import { ROLES } from "@/lib/platform/auth/roles";

// Shared by the forms (react-hook-form's zodResolver) and the server actions. Messages are keys
// under `errors.fields` in the message files.
export const ZOrgNumber = z.string().trim().refine(isValidOrganisationNumber, { message: "organisationNumber" });

export const ZNationalIdentityNumber = z
  .string()
  .trim()
  .regex(/^\d{11}$/, { message: "nationalIdentityNumberFormat" })
  .refine(isValidNationalIdentityNumber, { message: "nationalIdentityNumberChecksum" });

export const ZRole = z.enum(ROLES, { message: "role" });

export const ZAddMember = z.object({
  orgNumber: ZOrgNumber,
  nationalIdentityNumber: ZNationalIdentityNumber,
  role: ZRole,
});
export type TAddMember = z.infer<typeof ZAddMember>;

/** One membership of the organisation: removing it names no more; changing its role adds the new role. */
export const ZRemoveMember = z.object({ orgNumber: ZOrgNumber, membershipId: z.uuid({ message: "invalid" }) });
export type TRemoveMember = z.infer<typeof ZRemoveMember>;

export const ZChangeMemberRole = ZRemoveMember.extend({ role: ZRole });
export type TChangeMemberRole = z.infer<typeof ZChangeMemberRole>;

/**
 * A lower-case code of at most `maxLength` characters, or none (null). The form sends "" for an empty field, and the
 * browser re-sends the parsed (null) value: accept both.
 */
const optionalCode = (maxLength: number, message: string) =>
  z
    .string()
    .trim()
    .regex(new RegExp(`^([a-z][a-z0-9]{1,${maxLength - 1}})?$`), { message })
    .nullish()
    .transform((value) => value || null);

export const ZRegisterOrganisation = z.object({
  orgNumber: ZOrgNumber,
  name: z.string().trim().min(2, { message: "organisationName" }).max(200, { message: "organisationName" }),
  /** Altinn org code and Maskinporten prefix: only service owners have them (assigned by Digdir). */
  orgCode: optionalCode(20, "orgCode"),
  scopePrefix: optionalCode(30, "scopePrefix"),
  firstAdminNationalIdentityNumber: ZNationalIdentityNumber,
});
export type TRegisterOrganisation = z.input<typeof ZRegisterOrganisation>;

/** What creating names besides the new thing's fields: the organisation, and the environment it is made in. */
export const ZInOrganisationEnvironment = { orgNumber: ZOrgNumber, environment: ZEnvironmentParam };
