import { z } from "zod";
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

export const ZChangeMemberRole = z.object({
  orgNumber: ZOrgNumber,
  membershipId: z.uuid({ message: "invalid" }),
  role: ZRole,
});
export type TChangeMemberRole = z.infer<typeof ZChangeMemberRole>;

export const ZRemoveMember = z.object({
  orgNumber: ZOrgNumber,
  membershipId: z.uuid({ message: "invalid" }),
});
export type TRemoveMember = z.infer<typeof ZRemoveMember>;

export const ZRegisterOrganisation = z.object({
  orgNumber: ZOrgNumber,
  name: z.string().trim().min(2, { message: "organisationName" }).max(200, { message: "organisationName" }),
  // The form sends "" for an empty field, and the browser re-sends the parsed (null) value: accept both.
  /** Altinn org code and Maskinporten prefix: only service owners have them (assigned by Digdir). */
  orgCode: z
    .string()
    .trim()
    .regex(/^([a-z][a-z0-9]{1,19})?$/, { message: "orgCode" })
    .nullish()
    .transform((value) => value || null),
  scopePrefix: z
    .string()
    .trim()
    .regex(/^([a-z][a-z0-9]{1,29})?$/, { message: "scopePrefix" })
    .nullish()
    .transform((value) => value || null),
  firstAdminNationalIdentityNumber: ZNationalIdentityNumber,
});
export type TRegisterOrganisation = z.input<typeof ZRegisterOrganisation>;
